/**
 * @module
 * A container's log as state (the json-file driver's `<id>-json.log`): lines with their stream
 * and virtual time, kept in fixed-size frozen chunks inside a `Table`, so appending a line copies
 * one small chunk and one trie path — never the whole log — and a saved world keeps its logs.
 */
import { Table } from '../core/table.js';

/** Which stream a log line came from. */
export type LogStream = 'stdout' | 'stderr';

/** One logged line (its `\n` included when it had one). */
export interface LogEntry {
  readonly stream: LogStream;
  /** Virtual epoch ms. */
  readonly time: number;
  readonly line: string;
}

/** A container's log: `count` lines in chunks of {@link LOG_CHUNK} keyed by chunk index. */
export interface ContainerLog {
  readonly count: number;
  readonly chunks: Table<readonly LogEntry[]>;
}

/** Lines per chunk: an append copies at most this many references. */
export const LOG_CHUNK = 64;

/** An empty log. */
export function emptyLog(): ContainerLog {
  return { count: 0, chunks: Table.empty() };
}

/** `log` with `entries` appended. */
export function appendLog(log: ContainerLog, entries: readonly LogEntry[]): ContainerLog {
  let { count, chunks } = log;
  for (const entry of entries) {
    const key = String(Math.floor(count / LOG_CHUNK));
    chunks = chunks.set(key, Object.freeze([...(chunks.get(key) ?? []), Object.freeze({ ...entry })]));
    count += 1;
  }
  return Object.freeze({ count, chunks });
}

/** Every line of `log`, oldest first. */
export function logEntries(log: ContainerLog | undefined): LogEntry[] {
  if (!log) return [];
  const out: LogEntry[] = [];
  for (let i = 0; i * LOG_CHUNK < log.count; i++) out.push(...(log.chunks.get(String(i)) ?? []));
  return out;
}
