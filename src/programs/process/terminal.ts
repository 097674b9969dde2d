/**
 * @module
 * A pseudo-terminal (`docker run -it`, `docker exec -it`): the line discipline between a user's
 * keystrokes and a process. In canonical mode typed characters are echoed to the screen and handed
 * to the process a line at a time; Ctrl-C sends SIGINT (through `onSignal`), Ctrl-D at the start of
 * a line ends the input; output `\n` is shown as `\r\n` (onlcr), as a real tty does.
 */
import type { ProcessOutput, SignalName } from '../types.js';
import { concatBytes, InputBuffer, toBytes } from './streams.js';

/** How a terminal reports what the user did. */
export interface TerminalOptions {
  /** Called for Ctrl-C (SIGINT), Ctrl-\ (SIGQUIT) and Ctrl-Z (SIGTSTP). */
  readonly onSignal?: (signal: SignalName) => void;
  /** Called with what the screen shows (echo and program output, `\r\n` line ends). */
  readonly onScreen?: (bytes: Uint8Array) => void;
}

/** Both sides of a pseudo-terminal. */
export class Terminal {
  /** The process's stdin (a terminal). */
  readonly input = new InputBuffer({ isTTY: true });
  /** The process's stdout and stderr (the same terminal). */
  readonly output: ProcessOutput;
  readonly #screen: Uint8Array[] = [];
  readonly #options: TerminalOptions;
  #line = '';

  constructor(options: TerminalOptions = {}) {
    this.#options = options;
    this.output = { isTTY: true, write: (data) => this.#show(onlcr(toBytes(data))) };
  }

  /** The user types `text` (keystrokes; `\r` or `\n` is Enter, `\x03` Ctrl-C, `\x04` Ctrl-D, `\x7f` backspace). */
  type(text: string): void {
    for (const ch of text) {
      if (ch === '\x03' || ch === '\x1c' || ch === '\x1a') {
        this.#show(toBytes(ch === '\x03' ? '^C' : ch === '\x1c' ? '^\\' : '^Z'));
        this.#line = '';
        this.#options.onSignal?.(ch === '\x03' ? 'SIGINT' : ch === '\x1c' ? 'SIGQUIT' : 'SIGTSTP');
      } else if (ch === '\x04') {
        if (this.#line === '') this.input.end();
        else {
          this.input.push(this.#line);
          this.#line = '';
        }
      } else if (ch === '\x7f' || ch === '\b') {
        if (this.#line === '') continue;
        this.#line = this.#line.slice(0, -1);
        this.#show(toBytes('\b \b'));
      } else if (ch === '\r' || ch === '\n') {
        this.#show(toBytes('\r\n'));
        this.input.push(`${this.#line}\n`);
        this.#line = '';
      } else {
        this.#line += ch;
        this.#show(toBytes(ch));
      }
    }
  }

  /** Hangs up: the process reads end of input. */
  close(): void {
    this.input.end();
  }

  /** Everything the screen has shown so far. */
  screen(): string {
    return new TextDecoder().decode(concatBytes(this.#screen));
  }

  #show(bytes: Uint8Array): void {
    this.#screen.push(bytes);
    this.#options.onScreen?.(bytes);
  }
}

/** `\n` → `\r\n` unless already preceded by `\r`. */
function onlcr(bytes: Uint8Array): Uint8Array {
  let extra = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 && bytes[i - 1] !== 13) extra++;
  if (extra === 0) return bytes;
  const out = new Uint8Array(bytes.length + extra);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10 && bytes[i - 1] !== 13) out[j++] = 13;
    out[j++] = bytes[i]!;
  }
  return out;
}
