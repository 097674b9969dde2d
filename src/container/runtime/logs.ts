/**
 * @module
 * The container's log, with json-file semantics: every line a process writes to stdout or stderr
 * is kept with its stream and the virtual time it was written (a final line without `\n` is kept
 * when the stream ends). `docker logs` reads it with `since` / `until` / `tail` / `timestamps` /
 * `follow`; followers see new lines live and end when the container stops. Logs are the daemon's
 * files, not the model's state: they live beside the store, keyed by container id.
 */
import { AsyncQueue } from '../../core/async-queue.js';
import { formatTimestamp } from '../../core/time.js';
import type { ProcessOutput } from '../../programs/types.js';

/** Which stream a log line came from. */
export type LogStream = 'stdout' | 'stderr';

/** One logged line (its `\n` included when it had one). */
export interface LogEntry {
  readonly stream: LogStream;
  /** Virtual epoch ms. */
  readonly time: number;
  readonly line: string;
}

/** Options of {@link LogStore.read} (`GET /containers/{id}/logs`). */
export interface LogReadOptions {
  readonly stdout?: boolean;
  readonly stderr?: boolean;
  /** Only lines at or after this virtual time (ms). */
  readonly since?: number;
  /** Only lines before this virtual time (ms). */
  readonly until?: number;
  /** The last N lines (`all` or absent: every line). */
  readonly tail?: number | 'all';
  /** Prefix each line with its RFC 3339 time and a space. */
  readonly timestamps?: boolean;
  /** Keep the stream open for new lines until the container stops. */
  readonly follow?: boolean;
}

interface ContainerLog {
  readonly entries: LogEntry[];
  readonly partial: { stdout: string; stderr: string };
  readonly followers: Set<{ queue: AsyncQueue<LogEntry>; options: LogReadOptions }>;
  open: boolean;
}

const decoder = new TextDecoder();

/** Renders an entry as `docker logs` prints it. */
export function formatLogEntry(entry: LogEntry, timestamps: boolean): string {
  return timestamps ? `${formatTimestamp(entry.time)} ${entry.line}` : entry.line;
}

/** Every container's log on one host. */
export class LogStore {
  readonly #logs = new Map<string, ContainerLog>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  #log(id: string): ContainerLog {
    let log = this.#logs.get(id);
    if (!log) {
      log = { entries: [], partial: { stdout: '', stderr: '' }, followers: new Set(), open: false };
      this.#logs.set(id, log);
    }
    return log;
  }

  /** Marks the container's process as running (followers stay open until {@link LogStore.close}). */
  open(id: string): void {
    this.#log(id).open = true;
  }

  /** An output that appends what a process writes to `stream`; `tee` also receives the raw bytes (attach). */
  writer(id: string, stream: LogStream, tee?: (data: Uint8Array | string) => void, isTTY = false): ProcessOutput {
    return {
      isTTY,
      write: (data) => {
        tee?.(data);
        this.#append(id, stream, typeof data === 'string' ? data : decoder.decode(data));
      },
    };
  }

  #append(id: string, stream: LogStream, text: string): void {
    const log = this.#log(id);
    let buffer = log.partial[stream] + text;
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      this.#push(log, { stream, time: this.#now(), line: buffer.slice(0, nl + 1) });
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf('\n');
    }
    log.partial[stream] = buffer;
  }

  #push(log: ContainerLog, entry: LogEntry): void {
    log.entries.push(entry);
    for (const f of log.followers) if (accepts(f.options, entry)) f.queue.push(entry);
  }

  /** The process ended: keeps unterminated lines and ends every follower. */
  close(id: string): void {
    const log = this.#logs.get(id);
    if (!log) return;
    for (const stream of ['stdout', 'stderr'] as const) {
      if (log.partial[stream] !== '') this.#push(log, { stream, time: this.#now(), line: log.partial[stream] });
      log.partial[stream] = '';
    }
    log.open = false;
    for (const f of log.followers) f.queue.end();
    log.followers.clear();
  }

  /** Forgets a removed container's log. */
  drop(id: string): void {
    this.close(id);
    this.#logs.delete(id);
  }

  /** The logged lines matching `options`; with `follow`, new lines until the container stops. */
  read(id: string, options: LogReadOptions = {}): AsyncQueue<LogEntry> {
    const log = this.#log(id);
    const past = log.entries.filter((e) => accepts(options, e));
    const tail = options.tail === undefined || options.tail === 'all' || options.tail < 0 ? past : options.tail === 0 ? [] : past.slice(-options.tail);
    const follower = { queue: new AsyncQueue<LogEntry>(() => log.followers.delete(follower)), options };
    for (const e of tail) follower.queue.push(e);
    if (options.follow && log.open && (options.until === undefined || options.until > this.#now())) log.followers.add(follower);
    else follower.queue.end();
    return follower.queue;
  }

  /** Every entry so far (for tests and the playground). */
  entries(id: string): readonly LogEntry[] {
    return this.#logs.get(id)?.entries ?? [];
  }
}

function accepts(options: LogReadOptions, entry: LogEntry): boolean {
  const wantOut = options.stdout ?? true;
  const wantErr = options.stderr ?? true;
  if (entry.stream === 'stdout' ? !wantOut : !wantErr) return false;
  if (options.since !== undefined && entry.time < options.since) return false;
  if (options.until !== undefined && entry.time >= options.until) return false;
  return true;
}
