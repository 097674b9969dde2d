/**
 * @module
 * `sed`: runs a script over each line (pattern space, hold space, `-n`, in-place editing with
 * `-i`), with `s///` replacements (`&`, `\1`…, `g`, `p`, an occurrence number), addresses and
 * ranges, and the editing commands parsed by {@link parseSed}.
 */
import { openWrite } from '../process/files.js';
import { FsError } from '../types.js';
import { complain, lines, readText } from './common.js';
import { parseSed, SedError, type Address, type SedCommand } from './sed-script.js';
import type { Tool } from './tool.js';

function substitute(cmd: SedCommand, text: string): string | undefined {
  const re = cmd.re!;
  re.lastIndex = 0;
  let n = 0;
  let changed = false;
  const captures = new RegExp(`${re.source}|`).exec('')!.length - 1;
  const out = text.replace(re, (...m: unknown[]) => {
    n++;
    const groups = m.slice(0, captures + 1) as (string | undefined)[];
    const want = cmd.occurrence ?? 1;
    if (!(cmd.allMatches ? n >= want : n === want)) return groups[0]!;
    changed = true;
    return cmd.replacement!.replace(/\\(.)|&/g, (t, e: string | undefined) => {
      if (t === '&') return groups[0]!;
      if (e && /\d/.test(e)) return groups[Number(e)] ?? '';
      if (e === 'n') return '\n';
      if (e === 't') return '\t';
      return e ?? '';
    });
  });
  return changed ? out : undefined;
}

/** Runs the script over `input` lines; returns the output text and whether `q` stopped it. */
function run(commands: SedCommand[], input: string[], quiet: boolean): { out: string; quit: boolean } {
  let out = '';
  let hold = '';
  const inRange = new Map<number, boolean>();
  let quit = false;
  let n = 0;
  const isLast = (): boolean => n === input.length;
  const matches = (a: Address, line: string): boolean =>
    a.type === 'line' ? n === a.n : a.type === 'last' ? isLast() : a.type === 'regex' ? (a.re.lastIndex = 0, a.re.test(line)) : a.step > 0 ? n >= a.first && (n - a.first) % a.step === 0 : n === a.first;
  const selected = (c: SedCommand, k: number, line: string): boolean => {
    if (!c.a1) return !c.negate;
    let hit: boolean;
    if (!c.a2) hit = matches(c.a1, line);
    else if (inRange.get(k)) {
      hit = true;
      if (c.a2.type === 'line' ? n >= c.a2.n : matches(c.a2, line)) inRange.set(k, false);
    } else if (matches(c.a1, line)) {
      hit = true;
      inRange.set(k, !(c.a2.type === 'line' && c.a2.n <= n));
    } else hit = false;
    return hit !== c.negate;
  };
  while (n < input.length && !quit) {
    let space = input[n++]!;
    let append = '';
    let deleted = false;
    let substituted = false;
    let k = 0;
    while (k < commands.length) {
      const c = commands[k]!;
      if (c.name === '}') {
        k++;
        continue;
      }
      if (!selected(c, k, space)) {
        k = c.name === '{' ? c.end! + 1 : k + 1;
        continue;
      }
      switch (c.name) {
        case 's': {
          const r = substitute(c, space);
          if (r !== undefined) {
            space = r;
            substituted = true;
            if (c.print) out += `${space}\n`;
          }
          break;
        }
        case 'y':
          space = [...space].map((ch) => {
            const at = [...c.from!].indexOf(ch);
            return at < 0 ? ch : [...c.to!][at]!;
          }).join('');
          break;
        case 'p':
          out += `${space}\n`;
          break;
        case 'P':
          out += `${space.split('\n')[0]}\n`;
          break;
        case '=':
          out += `${n}\n`;
          break;
        case 'a':
          append += `${c.text}\n`;
          break;
        case 'i':
          out += `${c.text}\n`;
          break;
        case 'c':
          if (!c.a2 || !inRange.get(k)) out += `${c.text}\n`;
          deleted = true;
          break;
        case 'd':
          deleted = true;
          break;
        case 'D': {
          const nl = space.indexOf('\n');
          if (nl < 0) deleted = true;
          else {
            space = space.slice(nl + 1);
            k = 0;
            continue;
          }
          break;
        }
        case 'q':
          quit = true;
          k = commands.length;
          continue;
        case 'Q':
          quit = true;
          deleted = true;
          break;
        case 'n':
          if (!quiet) out += `${space}\n`;
          if (n >= input.length) {
            deleted = true;
            quit = true;
            break;
          }
          space = input[n++]!;
          break;
        case 'N':
          if (n >= input.length) break;
          space += `\n${input[n++]!}`;
          break;
        case 'h':
          hold = space;
          break;
        case 'H':
          hold += `\n${space}`;
          break;
        case 'g':
          space = hold;
          break;
        case 'G':
          space += `\n${hold}`;
          break;
        case 'x':
          [space, hold] = [hold, space];
          break;
        case 'l':
          out += `${space.replace(/\\/g, '\\\\').replace(/\t/g, '\\t')}$\n`;
          break;
        case 'b':
        case 't':
        case 'T': {
          const jump = c.name === 'b' || (c.name === 't' ? substituted : !substituted);
          if (c.name !== 'b') substituted = false;
          if (jump) {
            const target = c.text ? commands.findIndex((x) => x.name === ':' && x.text === c.text) : commands.length;
            k = target < 0 ? commands.length : target + 1;
            continue;
          }
          break;
        }
        default:
          break;
      }
      if (deleted) break;
      k++;
    }
    if (!deleted && !quiet) out += `${space}\n`;
    out += append;
  }
  return { out, quit };
}

/** `sed SCRIPT [FILE]...`: the stream editor. */
export const sed: Tool = async (ctx, flavour) => {
  const args = ctx.argv.slice(1);
  const scripts: string[] = [];
  const files: string[] = [];
  let quiet = false;
  let extended = false;
  let inPlace: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-n' || a === '--quiet' || a === '--silent') quiet = true;
    else if (a === '-E' || a === '-r' || a === '--regexp-extended') extended = true;
    else if (a === '-e') scripts.push(args[++i] ?? '');
    else if (a.startsWith('--expression=')) scripts.push(a.slice(13));
    else if (a === '-f') {
      try {
        scripts.push(await readText(ctx, args[++i] ?? ''));
      } catch (error) {
        if (!(error instanceof FsError)) throw error;
        complain(ctx, flavour, `couldn't open file ${args[i]}: ${error.description}`);
        return 1;
      }
    } else if (a.startsWith('-i') || a.startsWith('--in-place')) inPlace = a.startsWith('-i') ? a.slice(2) : a.slice(11).replace(/^=/, '');
    else if (a === '-s' || a === '-u' || a === '--posix') continue;
    else if (/^-[nEr]+$/.test(a)) {
      if (a.includes('n')) quiet = true;
      if (/[Er]/.test(a)) extended = true;
    } else if (a.startsWith('-') && a !== '-') {
      complain(ctx, flavour, `invalid option -- '${a.slice(1, 2)}'`);
      return 1;
    } else files.push(a);
  }
  if (scripts.length === 0) {
    const s = files.shift();
    if (s === undefined) {
      if (flavour === 'gnu') ctx.stderr.write('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n');
      else ctx.stderr.write('BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.\n\nUsage: sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\nor: sed [-i[SFX]] [-nrE] CMD [FILE]...\n');
      return 1;
    }
    scripts.push(s);
  }
  let commands: SedCommand[];
  try {
    commands = [];
    scripts.forEach((s, k) => parseSed(s, extended, commands, k + 1));
  } catch (error) {
    if (!(error instanceof SedError)) throw error;
    complain(ctx, flavour, flavour === 'gnu' ? error.gnu : error.message);
    return 1;
  }
  if (inPlace !== undefined) {
    let status = 0;
    for (const file of files) {
      try {
        const text = await readText(ctx, file);
        if (inPlace) openWrite(ctx.fs, ctx.cwd, file + inPlace).write(text);
        openWrite(ctx.fs, ctx.cwd, file).write(run(commands, lines(text), quiet).out);
      } catch (error) {
        if (!(error instanceof FsError)) throw error;
        complain(ctx, flavour, flavour === 'gnu' ? `can't read ${file}: ${error.description}` : `can't open '${file}': ${error.description}`);
        status = 1;
      }
    }
    return status;
  }
  const input: string[] = [];
  let status = 0;
  for (const file of files.length > 0 ? files : ['-']) {
    try {
      input.push(...lines(await readText(ctx, file)));
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? `can't read ${file}: ${error.description}` : `can't open '${file}': ${error.description}`);
      status = 2;
    }
  }
  ctx.stdout.write(run(commands, input, quiet).out);
  return status;
};
