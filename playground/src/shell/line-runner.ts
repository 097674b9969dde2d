/**
 * @module
 * What happens to a line typed at the playground's prompt. `docker …` lines run through the
 * docker CLI emulator against the session's world, streaming their output (progress bars redraw
 * in place) and reading the terminal while they run (`docker run -it`, `docker login`). `help`,
 * `clear` and `history` are the terminal's own. The simulated host has no shell yet, so other
 * programs are not found (as bash says) and shell syntax — pipes, redirections, `$(…)` — is
 * refused with a message rather than misread.
 */
import { streamDocker, type CliInput } from 'dockersim/cli';
import type { WorldSession } from '../session.js';
import type { History } from './history.js';

/** The terminal as a running line sees it. */
export interface TerminalIO {
  /** Prints text (escape sequences allowed). */
  write(text: string): void;
  /** Clears the screen. */
  clear(): void;
  /** What the user types while the line runs (a terminal: `isTTY`). */
  readonly stdin: CliInput;
  /** Aborted by Ctrl-C. */
  readonly signal: AbortSignal;
  /** Terminal width in columns. */
  readonly columns: number;
}

/** The playground's help text. */
export const HELP = `This terminal talks to a simulated Docker Engine 28 on the host "dockersim".
Type docker commands as you would on your machine, for example:

  docker run hello-world        docker ps -a             docker images
  docker run -d -p 8080:80 --name web nginx               docker logs web
  docker network create app     docker volume create data
  docker build -t getting-started .   (in ~/getting-started-app, the workshop's app)

Keys: Up/Down browse history, Tab completes, Ctrl-C interrupts, Ctrl-D ends input,
Ctrl-L clears. Terminal commands: help, clear, history.
The host has no shell yet: pipes, redirections and variables are not available.
`;

/** Where shell syntax starts in `line` (outside single quotes), or -1. */
export function shellSyntaxAt(line: string): number {
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && quote !== "'") {
      i++;
      continue;
    }
    if (quote === "'") {
      if (c === "'") quote = undefined;
      continue;
    }
    if (c === '"') quote = quote === '"' ? undefined : '"';
    else if (c === "'" && !quote) quote = "'";
    else if (c === '`' || (c === '$' && /[({A-Za-z_]/.test(line[i + 1] ?? ''))) return i;
    else if (!quote && '|&;<>'.includes(c)) return i;
  }
  return -1;
}

/** Runs terminal lines against a session. */
export class LineRunner {
  readonly #session: WorldSession;
  readonly #history: History;

  constructor(session: WorldSession, history: History) {
    this.#session = session;
    this.#history = history;
  }

  /** Runs `line`; resolves to its exit status (also recorded in history). */
  async run(line: string, io: TerminalIO): Promise<number> {
    this.#history.add(line);
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return 0;
    const word = trimmed.split(/\s+/, 1)[0]!;
    if (shellSyntaxAt(trimmed) >= 0 && word === 'docker') {
      io.write('dockersim: this terminal runs one docker command per line; pipes, redirections, lists and $(…) need the host shell, which is not simulated yet\n');
      return 2;
    }
    switch (word) {
      case 'help':
        io.write(HELP);
        return 0;
      case 'clear':
        io.clear();
        return 0;
      case 'history':
        io.write(this.#history.listing());
        return 0;
      case 'docker':
        return this.#docker(trimmed, io);
      default:
        io.write(`bash: ${word}: command not found\n`);
        return 127;
    }
  }

  async #docker(line: string, io: TerminalIO): Promise<number> {
    const write = (text: string) => io.write(text);
    return streamDocker(line, { ...this.#session.cliOptions(), stdin: io.stdin, stdout: write, stderr: write, signal: io.signal, columns: io.columns });
  }
}
