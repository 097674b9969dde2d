/**
 * @module
 * The shell as a program: `sh`/`ash` (busybox), `dash` and `bash`. It reads commands from `-c`,
 * from a script file, or from stdin — interactively with a prompt when stdin is a terminal
 * (`docker run -it alpine sh` shows `/ # `) — and runs them one complete command at a time, so a
 * syntax error further down does not stop what came before. `sh -c` replaces itself with its last
 * command when nothing follows it, as ash, dash and bash do, so `sh -c "sleep 100"` as PID 1
 * becomes `sleep`.
 */
import { ProcessGone } from '../process/gone.js';
import { baseName } from '../process/paths.js';
import { resolvePath } from '../process/paths.js';
import { FsError, type ProcessContext, type Program } from '../types.js';
import { builtinsFor } from './builtins/index.js';
import { applySetFlags } from './builtins/vars.js';
import { ShellAbort, ShellExit } from './control.js';
import { Fds } from './fds.js';
import { flavourOf, type Flavour } from './flavour.js';
import { Interpreter } from './interpreter.js';
import { Parser } from './parser.js';
import { expandPrompt } from './prompt.js';
import { ShellState, type Variable } from './state.js';
import { ShellSyntaxError } from './syntax-error.js';

/** The version strings the shells report. */
export const SHELL_VERSIONS = { bash: '5.2.21(1)-release', bashShort: '5.2' } as const;

interface Invocation {
  command?: string;
  script?: string;
  args: string[];
  arg0: string;
  interactive?: boolean;
  flags: string[];
}

function usageError(ctx: ProcessContext, flavour: Flavour, message: string): number {
  const name = flavour.name === 'bash' ? 'bash' : baseName(ctx.argv[0] ?? 'sh');
  ctx.stderr.write(`${name}: ${message}\n`);
  return 2;
}

/** Parses the shell's own command line. */
function invocation(ctx: ProcessContext, flavour: Flavour): Invocation | number {
  const argv = ctx.argv;
  const inv: Invocation = { args: [], arg0: argv[0] ?? 'sh', flags: [] };
  let i = 1;
  let wantCommand = false;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (a.startsWith('--') && flavour.name === 'bash') {
      if (a === '--version') {
        ctx.stdout.write(`GNU bash, version ${SHELL_VERSIONS.bash} (x86_64-pc-linux-gnu)\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\n\nThis is free software; you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n`);
        return 0;
      }
      if (['--login', '--norc', '--noprofile', '--posix', '--noediting'].includes(a)) continue;
      return usageError(ctx, flavour, `${a}: invalid option`);
    }
    if (!/^[-+]/.test(a) || a.length < 2) break;
    for (const letter of a.slice(1)) {
      if (letter === 'c') wantCommand = true;
      else if (letter === 'i') inv.interactive = a[0] === '-';
      else if (letter === 's' || letter === 'l') continue;
      else if (letter === 'o') {
        inv.flags.push(`${a[0]}o`, argv[++i] ?? '');
      } else inv.flags.push(`${a[0]}${letter}`);
    }
  }
  const rest = argv.slice(i);
  if (wantCommand) {
    if (rest.length === 0) return usageError(ctx, flavour, flavour.name === 'bash' ? '-c: option requires an argument' : '-c requires an argument');
    inv.command = rest[0]!;
    if (rest.length > 1) inv.arg0 = rest[1]!;
    inv.args = rest.slice(2);
  } else if (rest.length > 0) {
    inv.script = rest[0]!;
    inv.arg0 = rest[0]!;
    inv.args = rest.slice(1);
  }
  return inv;
}

/** The variables a shell starts with: its environment plus what the shell itself sets. */
function initialVariables(ctx: ProcessContext, flavour: Flavour, interactive: boolean): Map<string, Variable> {
  const vars = new Map<string, Variable>();
  const set = (name: string, value: string, exported = false, readonly = false): void => void vars.set(name, { value, exported, readonly });
  for (const [name, value] of Object.entries(ctx.env)) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) set(name, value, true);
  set('IFS', ' \t\n');
  set('PS2', '> ');
  set('PS4', '+ ');
  set('OPTIND', '1');
  set('PPID', String(ctx.ppid), false, flavour.name === 'bash');
  if (interactive && !vars.has('PS1')) set('PS1', flavour.name === 'ash' || flavour.name === 'bash' ? flavour.ps1 : ctx.user.uid === 0 ? '# ' : '$ ');
  set('PWD', ctx.cwd, true);
  if (flavour.name !== 'dash') {
    const level = Number(ctx.env['SHLVL'] ?? '0');
    set('SHLVL', String((Number.isFinite(level) ? level : 0) + 1), true);
    if (!vars.has('HOSTNAME')) set('HOSTNAME', ctx.hostname);
  }
  if (flavour.name === 'bash') {
    set('BASH', ctx.argv[0]?.includes('/') ? ctx.argv[0] : '/usr/bin/bash');
    set('BASH_VERSION', SHELL_VERSIONS.bash);
    set('HOSTTYPE', 'x86_64');
    set('MACHTYPE', 'x86_64-pc-linux-gnu');
    set('OSTYPE', 'linux-gnu');
    set('UID', String(ctx.user.uid), false, true);
    set('EUID', String(ctx.user.uid), false, true);
  }
  return vars;
}

/** A shell program of the given flavour. */
export function shellProgram(name: 'ash' | 'dash' | 'bash'): Program {
  const flavour = flavourOf(name);
  return async (ctx) => {
    const inv = invocation(ctx, flavour);
    if (typeof inv === 'number') return inv;
    const interactive = inv.interactive ?? (inv.command === undefined && inv.script === undefined && (ctx.stdin.isTTY ?? false) && ctx.stderr.isTTY);
    const state = new ShellState({ vars: initialVariables(ctx, flavour, interactive), positional: inv.args, arg0: inv.arg0, cwd: ctx.cwd });
    const sh = new Interpreter({ ctx, flavour, state, fds: Fds.of(ctx.stdin, ctx.stdout, ctx.stderr), builtins: builtinsFor(flavour), interactive });
    const flagsOk = applySetFlags(sh, inv.flags, (flag) => usageError(ctx, flavour, flavour.name === 'bash' ? `${flag}: invalid option` : `illegal option ${flag}`));
    if (flagsOk !== undefined && flagsOk < 0) return 2;
    if (inv.command !== undefined) {
      // ash names a `-c` script after its $0 argument when one is given, and counts its lines from 0.
      if (flavour.name === 'ash' && ctx.argv.indexOf(inv.command) < ctx.argv.length - 1) sh.script = inv.arg0;
      // bash reads a -c string as if it ended with a newline (its EOF is on the line after).
      const text = flavour.name === 'bash' && !inv.command.endsWith('\n') ? `${inv.command}\n` : inv.command;
      return runSource(sh, text, { execLast: true, line: flavour.name === 'ash' ? 0 : 1 });
    }
    if (inv.script !== undefined) {
      let text: string;
      try {
        text = new TextDecoder().decode(ctx.fs.readFile(resolvePath(ctx.cwd, inv.script)));
      } catch (error) {
        if (!(error instanceof FsError)) throw error;
        return scriptMissing(ctx, flavour, inv.script, error);
      }
      sh.script = inv.script;
      return runSource(sh, text, { execLast: false, line: 1 });
    }
    return readStdin(sh);
  };
}

function scriptMissing(ctx: ProcessContext, flavour: Flavour, script: string, error: FsError): number {
  const name = baseName(ctx.argv[0] ?? 'sh');
  if (flavour.name === 'bash') {
    ctx.stderr.write(`bash: ${script}: ${error.description}\n`);
    return 127;
  }
  if (flavour.name === 'dash') {
    ctx.stderr.write(`${name}: 0: cannot open ${script}: No such file\n`);
    return 2;
  }
  ctx.stderr.write(`${name}: can't open '${script}': ${error.description}\n`);
  return 2;
}

/** Runs a whole text (`-c` or a script file) command by command. */
async function runSource(sh: Interpreter, text: string, options: { execLast: boolean; line: number }): Promise<number> {
  const parser = new Parser(text, sh.flavour.dialect, options.line);
  return sh.isolate(async () => {
    for (;;) {
      let script;
      try {
        script = parser.next();
      } catch (error) {
        if (!(error instanceof ShellSyntaxError)) throw error;
        sh.syntaxError(error, text);
        return 2;
      }
      if (!script) return sh.state.status;
      let last = false;
      try {
        last = options.execLast && parser.atEnd();
      } catch {
        last = false;
      }
      sh.execLast = last;
      sh.state.status = await sh.run(script, sh.fds, last);
    }
  });
}

/** Reads commands from stdin: with prompts when interactive, one complete command at a time. */
async function readStdin(sh: Interpreter): Promise<number> {
  const ctx = sh.ctx;
  let buffer = '';
  let line = 1;
  const prompt = async (name: 'PS1' | 'PS2'): Promise<void> => {
    if (sh.interactive) ctx.stderr.write(await expandPrompt(sh, sh.state.get(name) ?? '', SHELL_VERSIONS.bashShort));
  };
  const exit = async (status: number): Promise<number> => sh.isolate(async () => status);
  let atPrompt = false;
  if (sh.interactive) {
    // An interactive shell survives Ctrl-C (a fresh prompt) and ignores SIGTERM and SIGQUIT.
    ctx.signals.ignore('SIGTERM');
    ctx.signals.ignore('SIGQUIT');
    ctx.signals.on('SIGINT', () => {
      if (!atPrompt) return;
      buffer = '';
      ctx.stderr.write('\n');
      void prompt('PS1');
    });
  }
  await prompt('PS1');
  for (;;) {
    atPrompt = true;
    const input = await ctx.stdin.readLine();
    atPrompt = false;
    if (input === null) {
      if (buffer.trim() !== '' && !sh.interactive) {
        const parser = new Parser(buffer, sh.flavour.dialect, line);
        try {
          parser.parseAll();
        } catch (error) {
          if (error instanceof ShellSyntaxError) sh.syntaxError(error, buffer);
          return exit(2);
        }
      }
      if (sh.interactive && sh.bash) ctx.stderr.write('exit\n');
      return exit(sh.state.status);
    }
    buffer += `${input}\n`;
    const parser = new Parser(buffer, sh.flavour.dialect, line, true);
    let consumed = 0;
    let consumedLine = line;
    try {
      for (;;) {
        const script = parser.next();
        consumed = parser.src.pos;
        consumedLine = parser.src.line;
        if (!script) break;
        try {
          sh.state.status = await sh.run(script, sh.fds);
        } catch (error) {
          if (error instanceof ShellExit) return exit(error.status);
          if (error instanceof ShellAbort) {
            if (!sh.interactive) return exit(error.status);
            sh.state.status = error.status;
          } else throw error;
        }
      }
      buffer = '';
      line = consumedLine;
    } catch (error) {
      if (error instanceof ProcessGone) throw error;
      if (!(error instanceof ShellSyntaxError)) throw error;
      if (error.incomplete) {
        buffer = buffer.slice(consumed);
        line = consumedLine;
        await prompt('PS2');
        continue;
      }
      sh.syntaxError(error, buffer);
      sh.state.status = 2;
      buffer = '';
      line = parser.src.line;
      if (!sh.interactive) return exit(2);
    }
    await prompt('PS1');
  }
}
