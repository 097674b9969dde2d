/**
 * @module
 * The terminal's shell: an interactive bash on the simulated host (`HostSession` from
 * `dockersim/cli`), with docker, docker-compose, curl and `open` on its PATH and the host's files
 * around it. Lines typed in the page are fed to its terminal; what it prints goes to the screen.
 * When a program waits for input (bash at its prompt, `cat`, `docker login`), the text after the
 * last newline is the prompt the page shows before its input field. In `auto` clock mode the
 * clock is held from Enter until the next prompt, so `sleep 10` returns at once, ten simulated
 * seconds later. A shell that exits (`exit`, Ctrl-D) is replaced by a new one, as a terminal
 * tab would be reopened.
 */
import type { World } from 'dockersim';
import { completeLine, HostSession, TerminalInput, type Completion } from 'dockersim/cli';

/** What the shell tells the page. */
export interface HostShellOptions {
  /** The shell's working directory (created when missing). */
  readonly cwd: string;
  /** Called with everything programs print (escape sequences included). */
  readonly onOutput: (text: string) => void;
  /** Called when a program starts waiting for a line (the prompt is {@link HostShell.prompt}). */
  readonly onPrompt?: () => void;
  /** Terminal width for programs that ask (`COLUMNS`). */
  readonly columns?: number;
}

/** The bash prompt: `root@dockersim:~/getting-started-app# `. */
export const PS1 = '\\u@\\h:\\w\\$ ';

/** An interactive host shell for one world. */
export class HostShell {
  readonly world: World;
  readonly session: HostSession;
  readonly #terminal = new TerminalInput();
  readonly #options: HostShellOptions;
  readonly #decoder = new TextDecoder();
  #tail = '';
  #waiting = false;
  #ready: (() => void)[] = [];
  #disposed = false;

  constructor(world: World, options: HostShellOptions) {
    this.world = world;
    this.#options = options;
    this.session = new HostSession(world, { cwd: options.cwd, env: { PS1, COLUMNS: String(options.columns ?? 100) } });
    // `clear`, as ncurses' prints it for xterm: home, erase the screen and the scrollback.
    this.session.programs.define('clear', async (ctx) => {
      ctx.stdout.write('\x1b[H\x1b[2J\x1b[3J');
      return 0;
    });
    world.host().fs.writeFile('/usr/bin/clear', '#!dockersim clear\n', { mode: 0o755 });
    this.#terminal.onDemand = () => {
      this.#waiting = true;
      for (const resolve of this.#ready.splice(0)) resolve();
      this.#options.onPrompt?.();
    };
    void this.#run();
  }

  /** True while a program waits for a line. */
  get waiting(): boolean {
    return this.#waiting;
  }

  /** True while the shell itself waits at its prompt (no job in the foreground). */
  get atPrompt(): boolean {
    return this.#waiting && this.session.foreground().length === 0;
  }

  /** What the waiting program printed after its last newline: the prompt. */
  get prompt(): string {
    return this.#waiting ? this.#tail : '';
  }

  /** The shell's working directory, as its prompt shows it (`~` is `/root`). */
  get cwd(): string {
    const m = /:([^:\n]*)[#$] $/.exec(this.#tail);
    return m ? m[1]!.replace(/^~/, '/root') : this.#options.cwd;
  }

  /**
   * Types `line` and Enter. Resolves when a program next waits for input (the prompt is back);
   * in `auto` clock mode, time moves until then.
   */
  type(line: string): Promise<void> {
    this.#waiting = false;
    this.#tail = ''; // the page echoes the line and Enter: the cursor is on a fresh line
    const ready = this.#nextPrompt();
    this.#terminal.push(`${line}\n`);
    return this.#settled(ready);
  }

  /** Resolves when a program waits for input (at once if one does); in `auto` mode time moves until then. */
  whenWaiting(): Promise<void> {
    return this.#settled(this.#waiting ? Promise.resolve() : this.#nextPrompt());
  }

  /** Sends keys as they are, without Enter (Ctrl-P Ctrl-Q, docker's detach sequence). */
  send(keys: string): void {
    this.#terminal.push(keys);
  }

  /** Ctrl-C: SIGINT to the foreground job, or a fresh prompt when the shell itself waits. */
  interrupt(): Promise<void> {
    const ready = this.#nextPrompt();
    if (!this.session.interrupt()) {
      this.#waiting = false;
      this.#terminal.push('\n');
    }
    return this.#settled(ready);
  }

  /** Ctrl-D: end of input for the program reading (bash exits; a new one starts). */
  eof(): void {
    this.#waiting = false;
    this.#terminal.eof();
  }

  /** Tab: completions of the line's last word (commands, docker's words and objects, paths). */
  complete(line: string): Promise<Completion> {
    const host = this.world.host();
    return completeLine(line, { fs: host.fs, client: host.client(), cwd: this.cwd });
  }

  /** Stops the shell for good (the world is being replaced). */
  dispose(): void {
    this.#disposed = true;
    this.#terminal.close();
  }

  /**
   * Holds the clock until `ready`, then lets what can run run: a reader may ask for input before
   * the program it feeds has printed its prompt (`docker run -it` reads before `sh` prints `/ # `).
   */
  async #settled(ready: Promise<void>): Promise<void> {
    await this.world.clock.hold(ready);
    await this.world.clock.settle();
  }

  #nextPrompt(): Promise<void> {
    return new Promise((resolve) => this.#ready.push(resolve));
  }

  async #run(): Promise<void> {
    const output = {
      isTTY: true,
      write: (data: string | Uint8Array) => {
        const text = typeof data === 'string' ? data : this.#decoder.decode(data, { stream: true });
        const nl = text.lastIndexOf('\n');
        this.#tail = nl >= 0 ? text.slice(nl + 1) : this.#tail + text;
        this.#options.onOutput(text);
      },
    };
    while (!this.#disposed) await this.session.interactive(this.#terminal, output);
  }
}
