/**
 * @module
 * Reads `GET /containers/{id}/logs` back into log entries. The typed client always asks for
 * timestamps, so each line arrives as `<RFC3339NanoFixed> <line>`: one stdcopy frame per line
 * without a TTY (the frame says stdout or stderr), or raw bytes split at newlines with one.
 */
import type { LogEntry } from '../../container/runtime/logs.js';
import { MULTIPLEXED_STREAM } from '../wire/hijack.js';
import { StdcopyDecoder, STDERR } from '../wire/stdcopy.js';

/** Splits `<timestamp> <line>` into the entry's time (epoch ms) and line. */
export function parseTimestampedLine(text: string): { readonly time: number; readonly line: string } {
  const space = text.indexOf(' ');
  const stamp = space < 0 ? text : text.slice(0, space);
  // RFC3339NanoFixed: milliseconds are the first three fraction digits.
  const ms = Date.parse(stamp.replace(/(\.\d{3})\d*Z$/, '$1Z'));
  return { time: Number.isNaN(ms) ? 0 : ms, line: space < 0 ? '' : text.slice(space + 1) };
}

/**
 * The log entries of a logs answer, as they arrive. Below API 1.42 the media type is always
 * raw-stream, so `tty` (the container's `Config.Tty`, as the CLI reads it first) decides.
 */
export async function* readLogEntries(answer: Promise<Response>, tty?: Promise<boolean>): AsyncGenerator<LogEntry> {
  const response = await answer;
  const body = response.body;
  if (!body) return;
  const multiplexed = tty ? !(await tty) : response.headers.get('Content-Type') === MULTIPLEXED_STREAM;
  const decoder = new TextDecoder();
  const frames = new StdcopyDecoder();
  const reader = body.getReader();
  let raw = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || !value) break;
      if (multiplexed) {
        for (const frame of frames.push(value)) yield { stream: frame.stream === STDERR ? 'stderr' : 'stdout', ...parseTimestampedLine(decoder.decode(frame.payload)) };
        continue;
      }
      raw += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = raw.indexOf('\n')) >= 0) {
        yield { stream: 'stdout', ...parseTimestampedLine(raw.slice(0, newline + 1)) };
        raw = raw.slice(newline + 1);
      }
    }
    raw += decoder.decode();
    if (raw !== '') yield { stream: 'stdout', ...parseTimestampedLine(raw) };
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
