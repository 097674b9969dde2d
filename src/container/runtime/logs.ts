/**
 * @module
 * The container's log, with json-file semantics: every line a process writes to stdout or stderr
 * is kept with its stream and the virtual time it was written (a final line without `\n` is kept
 * when the stream ends). The lines are state (see `log-record.ts`: one commit per write, so a
 * saved world keeps them); what lives here is only what a real daemon keeps in memory too — the
 * unterminated tail of each stream and the followers of `docker logs -f`.
 */
import { castDraft } from 'immer';
import { AsyncQueue } from '../../core/async-queue.js';
import { formatTimestamp } from '../../core/time.js';
import type { HostContext } from '../../daemon/context.js';
import type { ProcessOutput } from '../../programs/types.js';
import { appendLog, emptyLog, logEntries, type LogEntry, type LogStream } from '../log-record.js';

export type { LogEntry, LogStream } from '../log-record.js';

/** Options of reading a container's log (`GET /containers/{id}/logs`, `containerLogs`). */
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

interface Follower {
  readonly queue: AsyncQueue<LogEntry>;
  readonly options: LogReadOptions;
}

interface LiveLog {
  readonly partial: { stdout: string; stderr: string };
  readonly followers: Set<Follower>;
  open: boolean;
}

const decoder = new TextDecoder();

/** Renders an entry as `docker logs` prints it. */
export function formatLogEntry(entry: LogEntry, timestamps: boolean): string {
  return timestamps ? `${formatTimestamp(entry.time)} ${entry.line}` : entry.line;
}

/** Every container's log on one host. */
export class LogStore {
  readonly #live = new Map<string, LiveLog>();
  readonly #ctx: HostContext;

  constructor(ctx: HostContext) {
    this.#ctx = ctx;
  }

  #liveLog(id: string): LiveLog {
    let log = this.#live.get(id);
    if (!log) {
      log = { partial: { stdout: '', stderr: '' }, followers: new Set(), open: false };
      this.#live.set(id, log);
    }
    return log;
  }

  /** Marks the container's process as running (followers stay open until {@link LogStore.close}). */
  open(id: string): void {
    this.#liveLog(id).open = true;
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
    const log = this.#liveLog(id);
    let buffer = log.partial[stream] + text;
    const now = this.#ctx.now();
    const lines: LogEntry[] = [];
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      lines.push({ stream, time: now, line: buffer.slice(0, nl + 1) });
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf('\n');
    }
    log.partial[stream] = buffer;
    this.#push(id, log, lines);
  }

  #push(id: string, log: LiveLog, lines: readonly LogEntry[]): void {
    if (lines.length === 0 || !this.#ctx.state.containers.has(id)) return;
    this.#ctx.commit((host) => {
      host.containerLogs = castDraft(host.containerLogs.set(id, appendLog(host.containerLogs.get(id) ?? emptyLog(), lines)));
    });
    for (const f of log.followers) for (const entry of lines) if (accepts(f.options, entry)) f.queue.push(entry);
  }

  /** The process ended: keeps unterminated lines and ends every follower. */
  close(id: string): void {
    const log = this.#live.get(id);
    if (!log) return;
    const now = this.#ctx.now();
    const rest: LogEntry[] = [];
    for (const stream of ['stdout', 'stderr'] as const) {
      if (log.partial[stream] !== '') rest.push({ stream, time: now, line: log.partial[stream] });
      log.partial[stream] = '';
    }
    this.#push(id, log, rest);
    log.open = false;
    for (const f of log.followers) f.queue.end();
    log.followers.clear();
    this.#live.delete(id);
  }

  /** Forgets a removed container's followers (its lines leave the state with its record). */
  drop(id: string): void {
    const log = this.#live.get(id);
    if (!log) return;
    for (const f of log.followers) f.queue.end();
    this.#live.delete(id);
  }

  /** The logged lines matching `options`; with `follow`, new lines until the container stops. */
  read(id: string, options: LogReadOptions = {}): AsyncQueue<LogEntry> {
    const past = this.entries(id).filter((e) => accepts(options, e));
    const tail = options.tail === undefined || options.tail === 'all' || options.tail < 0 ? past : options.tail === 0 ? [] : past.slice(-options.tail);
    const live = this.#live.get(id);
    const follower: Follower = { queue: new AsyncQueue<LogEntry>(() => live?.followers.delete(follower)), options };
    for (const e of tail) follower.queue.push(e);
    if (options.follow && live?.open && (options.until === undefined || options.until > this.#ctx.now())) live.followers.add(follower);
    else follower.queue.end();
    return follower.queue;
  }

  /** Every entry so far. */
  entries(id: string): readonly LogEntry[] {
    return logEntries(this.#ctx.state.containerLogs.get(id));
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
