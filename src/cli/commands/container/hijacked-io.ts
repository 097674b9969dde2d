/**
 * @module
 * docker/cli's `hijackedIOStreamer` over an attachment (`docker run`, `start -a`, `attach`,
 * `exec`): output chunks go to the CLI's stdout and stderr (both to stdout on a TTY, where the
 * stream is raw), the CLI's stdin is pumped into the container until it ends, and on a TTY the
 * detach keys (Ctrl-P Ctrl-Q unless `--detach-keys`) end the session without stopping the
 * container. The streaming ends when the output ends (the process exited) or on detach.
 */
import type { OutputChunk, StdinWriter } from '../../../container/runtime/attach-hub.js';
import type { CliInput } from '../../io.js';
import type { DockerCli } from '../../invocation.js';

/** What a streamed attachment offers: its output, maybe a stdin, and whether it is a TTY. */
export interface Hijacked {
  readonly output: AsyncIterable<OutputChunk>;
  readonly stdin: StdinWriter | undefined;
  readonly tty: boolean;
}

/** Which streams the session uses. */
export interface StreamOptions {
  /** Pump the CLI's stdin into the container. */
  readonly stdin: boolean;
  readonly stdout: boolean;
  readonly stderr: boolean;
  /** `--detach-keys`; '' for docker's default Ctrl-P Ctrl-Q. */
  readonly detachKeys?: string;
}

/** How a session ended. */
export type StreamEnd = 'eof' | 'detached';

/** docker's default detach sequence: Ctrl-P, Ctrl-Q. */
const DEFAULT_DETACH_KEYS = [16, 17];

/** `--detach-keys` (`ctrl-p,ctrl-q`, `a,ctrl-@`…) as bytes, as moby/term `ToBytes` reads them. */
export function detachKeyBytes(keys: string): number[] {
  if (keys === '') return DEFAULT_DETACH_KEYS;
  return keys.split(',').map((key) => {
    const k = key.trim();
    if (k.length > 1 && !k.startsWith('ctrl-')) throw new Error(`Unknown character: '${k}'`);
    if (k.length === 1) return k.charCodeAt(0);
    const c = k.slice('ctrl-'.length);
    if (c.length !== 1) throw new Error(`Unknown character: '${k}'`);
    const code = c.toLowerCase().charCodeAt(0);
    if (code >= 97 && code <= 122) return code - 96; // ctrl-a … ctrl-z
    const specials: { [c: string]: number } = { '@': 0, '[': 27, '\\': 28, ']': 29, '^': 30, _: 31 };
    if (c in specials) return specials[c]!;
    throw new Error(`Unknown character: '${k}'`);
  });
}

/** A read of the CLI's stdin that can be abandoned; abandoned bytes go back to the input when it allows it. */
function abandonable(input: CliInput, done: Promise<void>): Promise<Uint8Array | null | 'done'> {
  let finished = false;
  void done.then(() => (finished = true));
  const read = input.read().then((chunk) => {
    if (finished && chunk) input.unread?.(chunk);
    return chunk;
  });
  return Promise.race([read, done.then(() => 'done' as const)]);
}

/** Streams `attachment` to and from the CLI; resolves when its output ends or on detach. */
export async function streamHijacked(cli: DockerCli, attachment: Hijacked, options: StreamOptions): Promise<StreamEnd> {
  let detach!: () => void;
  const detached = new Promise<void>((resolve) => (detach = resolve));
  const keys = attachment.tty && options.stdin ? detachKeyBytes(options.detachKeys ?? '') : [];
  const output = (async (): Promise<StreamEnd> => {
    for await (const chunk of attachment.output) {
      if (chunk.stream === 'stdout' ? options.stdout : options.stderr) (attachment.tty || chunk.stream === 'stdout' ? cli.out : cli.err).write(chunk.data);
    }
    return 'eof';
  })();
  const outputDone = output.then(() => undefined);
  if (options.stdin && attachment.stdin) void pumpStdin(cli.in, attachment.stdin, keys, Promise.race([outputDone, detached]), detach);
  return Promise.race([output, detached.then(() => 'detached' as const)]);
}

/** Copies stdin into the container until it ends (then closes the container's stdin) or the session ends. */
async function pumpStdin(input: CliInput, stdin: StdinWriter, keys: readonly number[], done: Promise<void>, detach: () => void): Promise<void> {
  let matched = 0;
  for (;;) {
    const chunk = await abandonable(input, done);
    if (chunk === 'done') return;
    if (chunk === null) {
      stdin.end();
      return;
    }
    if (keys.length === 0) {
      stdin.write(chunk);
      continue;
    }
    // moby/term's escape proxy: bytes of a partial detach sequence are held back until it breaks.
    const pass: number[] = [];
    for (const byte of chunk) {
      if (byte === keys[matched]) {
        matched++;
        if (matched === keys.length) {
          if (pass.length > 0) stdin.write(Uint8Array.from(pass));
          detach();
          return;
        }
        continue;
      }
      pass.push(...keys.slice(0, matched), byte);
      matched = 0;
    }
    if (pass.length > 0) stdin.write(Uint8Array.from(pass));
  }
}
