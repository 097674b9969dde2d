/**
 * @module
 * The real terminal in front of an interactive `dockersim` shell: Node's readline does the line
 * editing, history and tab completion, and hands each finished line to the simulated
 * terminal. Whatever the simulated programs print goes to stdout; the text after the last
 * newline is held back briefly so that, when the shell (or `cat`, or `docker run -i`) asks for
 * input, it becomes readline's prompt and editing redraws it. Ctrl-C interrupts the foreground
 * job (or clears the line at the prompt); Ctrl-D ends the current read, as on a terminal.
 */
import { createInterface, type Interface } from 'node:readline';
import { completeLine } from '../cli/host/completion.js';
import type { HostSession } from '../cli/host/host-session.js';
import { TerminalInput } from '../cli/host/terminal.js';
import type { ProcessOutput } from '../programs/types.js';

/** How long a partial line waits to become a prompt before it is shown anyway (wall ms). */
const PROMPT_GRACE_MS = 40;

/** The cwd shown in a prompt like `root@dockersim:/work/app# ` (`~` is `/root`). */
function promptCwd(prompt: string, fallback: string): string {
  const m = /:([^:]*)[#$] $/.exec(prompt);
  if (!m) return fallback;
  return m[1]!.replace(/^~/, '/root');
}

/** Runs `session` interactively on the process's terminal; resolves with the shell's status. */
export async function runInteractive(session: HostSession, stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream, cwd: string): Promise<number> {
  const terminal = new TerminalInput();
  const decoder = new TextDecoder();
  let pending = '';
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPrompt = '';
  let prompting = false;
  let done = false;
  const flush = () => {
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    flushTimer = undefined;
    if (pending !== '') stdout.write(pending);
    pending = '';
  };
  const output: ProcessOutput = {
    isTTY: true,
    write: (data) => {
      const text = pending + (typeof data === 'string' ? data : decoder.decode(data, { stream: true }));
      const nl = text.lastIndexOf('\n');
      if (nl >= 0) stdout.write(text.slice(0, nl + 1));
      pending = text.slice(nl + 1);
      if (flushTimer !== undefined) clearTimeout(flushTimer);
      flushTimer = pending === '' ? undefined : setTimeout(flush, PROMPT_GRACE_MS);
    },
  };

  let rl: Interface;
  const open = () => {
    rl = createInterface({
      input: stdin,
      output: stdout,
      terminal: true,
      historySize: 1000,
      completer: (line: string, callback: (err: null, result: [string[], string]) => void) => {
        const host = session.world.host();
        completeLine(line, { fs: host.fs, client: host.client(), cwd: promptCwd(lastPrompt, cwd) }).then(
          (c) => callback(null, [c.candidates, c.word]),
          () => callback(null, [[], line]),
        );
      },
    });
    rl.on('line', (line) => {
      prompting = false;
      terminal.push(`${line}\n`);
    });
    rl.on('SIGINT', () => {
      stdout.write('^C\n');
      prompting = false;
      // Drop what was typed (readline redraws the now empty line without a prompt).
      if (rl.line !== '') {
        rl.setPrompt('');
        rl.write(null, { ctrl: true, name: 'u' });
      }
      // The foreground job gets SIGINT; at the shell's prompt, an empty line brings a fresh one.
      if (!session.interrupt()) terminal.push('\n');
    });
    rl.on('close', () => {
      if (done) return;
      if (stdin.readableEnded) terminal.close();
      else {
        terminal.eof();
        open();
      }
    });
  };
  open();
  terminal.onDemand = () => {
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    flushTimer = undefined;
    if (prompting) return;
    prompting = true;
    lastPrompt = pending;
    pending = '';
    rl.setPrompt(lastPrompt);
    rl.prompt(true);
  };
  try {
    return await session.interactive(terminal, output);
  } finally {
    done = true;
    flush();
    rl!.close();
    stdin.pause();
  }
}
