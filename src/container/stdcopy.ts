/**
 * @module
 * Docker's stream multiplexing (moby `pkg/stdcopy`): without a TTY, attach, exec and logs streams
 * carry frames of an 8-byte header — stream type (0 stdin, 1 stdout, 2 stderr, 3 system error),
 * three zero bytes, the payload length as big-endian uint32 — then the payload. With a TTY the
 * bytes go unframed (`application/vnd.docker.raw-stream`).
 */

/** Stream type bytes of a frame header. */
export const STREAM_TYPE = { stdin: 0, stdout: 1, stderr: 2, systemerr: 3 } as const;

/** One multiplexed frame of `data` on `stream`. */
export function multiplexFrame(stream: keyof typeof STREAM_TYPE, data: Uint8Array): Uint8Array {
  const frame = new Uint8Array(8 + data.length);
  frame[0] = STREAM_TYPE[stream];
  new DataView(frame.buffer).setUint32(4, data.length, false);
  frame.set(data, 8);
  return frame;
}

/** Splits multiplexed bytes back into frames (a trailing partial frame is ignored). */
export function demultiplex(bytes: Uint8Array): { stream: keyof typeof STREAM_TYPE; data: Uint8Array }[] {
  const names = Object.keys(STREAM_TYPE) as (keyof typeof STREAM_TYPE)[];
  const out: { stream: keyof typeof STREAM_TYPE; data: Uint8Array }[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at + 4, false);
    if (at + 8 + length > bytes.length) break;
    out.push({ stream: names[bytes[at]!] ?? 'stdout', data: bytes.slice(at + 8, at + 8 + length) });
    at += 8 + length;
  }
  return out;
}
