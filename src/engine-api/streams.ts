/**
 * @module
 * The daemon's streamed answers, as operation handlers need them:
 *
 * - {@link progressStream} (pull, push, build, load): JSON messages separated by `\r\n`. An error
 *   before the first message is an ordinary HTTP error; after it, the daemon can only report it
 *   in-band, as a final `{"errorDetail": …, "error": …}` message (moby's `WriteFlusher.Flushed`).
 * - {@link outputStream} (logs): a container's output, multiplexed with stdcopy frames unless the
 *   container has a TTY; below API 1.42 the media type is always raw-stream.
 * - {@link laterJson} (wait): headers now, the JSON body when the work is done.
 */
import { encodeMessage, errorMessage, type JSONMessage } from '../client/wire/json-message.js';
import { MULTIPLEXED_STREAM, RAW_STREAM, type StreamMediaType } from '../client/wire/hijack.js';
import { encodeFrame, type StdStream } from '../client/wire/stdcopy.js';
import { goJson, streamBody } from './respond.js';
import { STATUS_TEXT } from './status.js';
import { compareVersions } from './versions.js';

/** The exit-style code an error carries (`errorDetail.code`: a build's failing step), if any. */
function codeOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' && code !== 0 ? code : undefined;
}

/**
 * A JSON message stream. Waits for the first message so that an early failure is still an HTTP
 * error (it throws); a later one ends the stream with an `errorDetail` message.
 */
export async function progressStream(source: AsyncIterable<JSONMessage>): Promise<Response> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* rest(): AsyncGenerator<JSONMessage> {
    if (first.done) return;
    yield first.value;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } catch (error) {
      const code = codeOf(error);
      yield errorMessage({ message: error instanceof Error ? error.message : String(error), ...(code ? { code } : {}) });
    }
  }
  const generator = rest();
  const body = streamBody(
    {
      [Symbol.asyncIterator]: () => ({
        next: () => generator.next(),
        return: async () => {
          await iterator.return?.();
          return generator.return(undefined);
        },
      }),
    },
    encodeMessage,
  );
  return new Response(body, { status: 200, statusText: STATUS_TEXT[200]!, headers: { 'Content-Type': 'application/json' } });
}

/** One chunk of a container's output. */
export interface OutputChunk {
  readonly stream: StdStream;
  readonly data: Uint8Array;
}

/** The media type of a container's output for a client of API `version`. */
export function outputMediaType(tty: boolean, version: string): StreamMediaType {
  return tty || compareVersions(version, '1.42') < 0 ? RAW_STREAM : MULTIPLEXED_STREAM;
}

/** A container's output as `logs` sends it: frames without a TTY, raw bytes with one. */
export function outputStream(source: AsyncIterable<OutputChunk>, options: { readonly tty: boolean; readonly version: string }): Response {
  const body = streamBody(source, (chunk) => (options.tty ? chunk.data : encodeFrame(chunk.stream, chunk.data)));
  return new Response(body, { status: 200, statusText: STATUS_TEXT[200]!, headers: { 'Content-Type': outputMediaType(options.tty, options.version) } });
}

/** A `200` whose headers go out now and whose JSON body is `work`'s result, when it comes (wait). */
export function laterJson(work: Promise<unknown>): Response {
  const result = (async function* () {
    yield new TextEncoder().encode(goJson(await work));
  })();
  return new Response(streamBody(result, (bytes) => bytes), { status: 200, statusText: STATUS_TEXT[200]!, headers: { 'Content-Type': 'application/json' } });
}
