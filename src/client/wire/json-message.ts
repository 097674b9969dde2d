/**
 * @module
 * Docker's JSON message streams (moby `pkg/jsonmessage`): the progress of pull, push, build, load
 * and import, one JSON object per message. The daemon separates messages with `\r\n`; clients
 * accept any whitespace. A stream ends at EOF, or early with an `errorDetail` message.
 */
import { DockerError } from '../../core/errors.js';

/** Progress of one item (layer download, upload…). */
export interface JSONProgress {
  readonly current?: number;
  readonly total?: number;
  readonly start?: number;
  readonly hidecounts?: boolean;
  readonly units?: string;
}

/** The error that ends a stream. */
export interface JSONError {
  readonly code?: number;
  readonly message: string;
}

/** One message of a JSON stream; every field is optional and omitted when empty. */
export interface JSONMessage {
  /** Build output text. */
  readonly stream?: string;
  /** Progress status ("Pulling fs layer", "Digest: sha256:…"). */
  readonly status?: string;
  /** The layer id or tag the status is about. */
  readonly id?: string;
  /** Progress counts behind `progress`. */
  readonly progressDetail?: JSONProgress;
  /** A pre-rendered progress bar (shown on a TTY only). */
  readonly progress?: string;
  readonly from?: string;
  readonly time?: number;
  readonly timeNano?: number;
  /** The error that ends the stream. */
  readonly errorDetail?: JSONError;
  /** Deprecated duplicate of `errorDetail.message`, still sent for old clients. */
  readonly error?: string;
  /** Side-channel data: build `{ID}`, push `{Tag, Digest, Size}`. */
  readonly aux?: unknown;
}

/** The message that ends a stream with `error` (both the `errorDetail` and legacy `error` fields). */
export function errorMessage(error: { readonly message: string; readonly code?: number }): JSONMessage {
  const errorDetail: JSONError = error.code ? { code: error.code, message: error.message } : { message: error.message };
  return { errorDetail, error: error.message };
}

/** The error a message carries, if any, as a {@link DockerError} (kind Internal, Docker's text). */
export function messageError(message: JSONMessage): DockerError | undefined {
  const text = message.errorDetail?.message ?? message.error;
  return text === undefined ? undefined : new DockerError('Internal', text);
}

/** Serializes messages the way the daemon does: JSON then `\r\n`. */
export function encodeMessage(message: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(message)}\r\n`);
}

/**
 * Reads a byte stream of whitespace-separated JSON values (NDJSON with `\n` or `\r\n`), yielding
 * each parsed value as soon as its line is complete. A line that is not JSON fails the iteration.
 */
export async function* readJsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = text.indexOf('\n')) >= 0) {
        const line = text.slice(0, newline).trim();
        text = text.slice(newline + 1);
        if (line !== '') yield JSON.parse(line) as unknown;
      }
    }
    const rest = (text + decoder.decode()).trim();
    if (rest !== '') yield JSON.parse(rest) as unknown;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
