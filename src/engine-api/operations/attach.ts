/**
 * @module
 * `POST /containers/{id}/attach` as a hijacked connection (moby `postContainersAttach`): the
 * attachment is made when the request arrives (so `docker run`'s attach-before-start sees every
 * byte); errors before that are ordinary HTTP errors. Output is multiplexed unless the container
 * has a TTY; stdin is raw, and with a TTY the detach keys end the connection without closing it.
 * The WebSocket variant is not simulated.
 */
import type { ContainerAttachment } from '../../container/runtime/attach.js';
import { hijackResponse, MULTIPLEXED_STREAM, RAW_STREAM, type HijackIO } from '../../client/wire/hijack.js';
import { encodeFrame, STDERR, STDOUT } from '../../client/wire/stdcopy.js';
import type { NotSupported, OperationHandler } from '../context.js';
import { copyEscapable, parseDetachKeys } from '../detach-keys.js';
import type { OperationHandlers } from '../routes.js';
import { compareVersions } from '../versions.js';

/** One chunk of a container's or an exec's output. */
export type OutputItem = { readonly stream: 'stdout' | 'stderr'; readonly data: Uint8Array };

/**
 * Sends output chunks as they come — frames without a TTY, raw bytes with one — until the output
 * ends or the client goes away (which stops the output).
 */
export async function pumpOutput(iterator: AsyncIterator<OutputItem>, io: HijackIO, framed: boolean): Promise<void> {
  const stop = () => void iterator.return?.();
  io.signal.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const { done, value } = await iterator.next();
      if (done || io.signal.aborted) return;
      await io.write(framed ? encodeFrame(value.stream === 'stderr' ? STDERR : STDOUT, value.data) : value.data);
    }
  } finally {
    io.signal.removeEventListener('abort', stop);
  }
}

/** Copies the client's stdin into `write`; resolves true when the detach keys were typed. */
export async function copyStdin(input: AsyncIterable<Uint8Array>, write: (bytes: Uint8Array) => void, detachKeys: readonly number[] | undefined): Promise<boolean> {
  if (detachKeys) return copyEscapable(input, detachKeys, write);
  for await (const chunk of input) write(chunk);
  return false;
}

/** Runs one attachment over a hijacked connection; detaching ends the connection, not stdin. */
async function runAttachment(attachment: ContainerAttachment, io: HijackIO, detachKeys: readonly number[]): Promise<void> {
  const iterator = attachment.output[Symbol.asyncIterator]();
  const stdin = attachment.stdin;
  if (stdin) {
    void copyStdin(io.input, (bytes) => stdin.write(bytes), attachment.tty ? detachKeys : undefined).then((detached) => {
      if (detached) void iterator.return?.();
      else stdin.end();
    });
  }
  await pumpOutput(iterator, io, !attachment.tty);
}

/** `POST /containers/{id}/attach?stream=&logs=&stdin=&stdout=&stderr=&detachKeys=`. */
const attach: OperationHandler = async (ctx) => {
  const q = ctx.query;
  const detachKeys = parseDetachKeys(q.get('detachKeys'));
  const attachment = await ctx.docker.containerAttach(ctx.params['id'] ?? '', {
    stdin: q.bool('stdin'),
    stdout: q.bool('stdout'),
    stderr: q.bool('stderr'),
    logs: q.bool('logs'),
    stream: q.bool('stream'),
  });
  const mediaType = !attachment.tty && compareVersions(ctx.version, '1.42') >= 0 ? MULTIPLEXED_STREAM : RAW_STREAM;
  return hijackResponse({ mediaType, run: (io) => runAttachment(attachment, io, detachKeys) }, {});
};

const WEBSOCKET: NotSupported = { notSupported: 'Attaching over a WebSocket (use POST /containers/{id}/attach)' };

/** The attach operations. */
export const attachHandlers: OperationHandlers = {
  ContainerAttach: attach,
  ContainerAttachWebsocket: WEBSOCKET,
};
