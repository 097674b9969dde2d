/**
 * Test helpers for Docker's JSON message streams.
 */
import type { JsonMessage } from '../../src/image/json-message.js';

/** Every message of a stream. */
export async function collect(stream: AsyncIterable<JsonMessage>): Promise<JsonMessage[]> {
  const out: JsonMessage[] = [];
  for await (const m of stream) out.push(m);
  return out;
}

/** The lines the docker CLI prints without a terminal: progress bars dropped, `id: status`. */
export function cliLines(messages: readonly JsonMessage[]): string[] {
  return messages.filter((m) => !m.progress && !m.aux).map((m) => (m.error ? m.error : m.id ? `${m.id}: ${m.status}` : String(m.status)));
}

/** The error a stream's first read rejects with (undefined when it does not). */
export async function firstReadError(stream: AsyncIterable<JsonMessage>): Promise<{ kind: string; message: string } | undefined> {
  try {
    const it = stream[Symbol.asyncIterator]();
    await it.next();
    await it.return?.();
    return undefined;
  } catch (e) {
    const err = e as { kind?: string; message: string };
    return { kind: err.kind ?? 'unknown', message: err.message };
  }
}
