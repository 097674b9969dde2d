/**
 * @module
 * What a Compose command runs with (docker/compose's `composeService`): the Docker client, the
 * streams (progress and warnings go to stderr, results to stdout, as Compose writes them), the
 * progress mode, the clock it polls on and the interrupt signal. Waits go through {@link Sleeper}
 * so that a world's virtual clock moves exactly as far as Compose's 500 ms polls need.
 */
import type { Clock } from '../../core/clock.js';
import type { DockerClient } from '../../client/docker-client.js';
import type { ProcessOutput } from '../../programs/types.js';
import { createProgress, type ProgressMode, type ProgressWriter } from './progress.js';

/** Waits `ms` of (virtual) time. */
export type Sleeper = (ms: number) => Promise<void>;

/** Where a Compose command writes and how it waits; every field optional. */
export interface ComposeIO {
  /** Results (`ps`, `logs`, `config`…); default: discarded. */
  readonly stdout?: ProcessOutput;
  /** Progress, warnings (`WARN[0000] …`); default: discarded. */
  readonly stderr?: ProcessOutput;
  /** `--progress`: `auto` (tty when stderr is a terminal, else plain), `tty`, `plain`, `quiet`, `json`. */
  readonly progress?: ProgressMode;
  /** The world's clock: waits hold it, so virtual time moves while Compose polls. */
  readonly clock?: Clock;
  /** The client's time in epoch ms, when no clock is given (the CLI's `now()`). */
  readonly now?: () => number | Promise<number>;
  /** Ctrl-C: ends `logs -f`, attached `up` (which then stops the containers), waits. */
  readonly signal?: AbortSignal;
  /** Terminal width for the TTY progress display; default 80. */
  readonly columns?: number;
}

const discard: ProcessOutput = { isTTY: false, write: () => {} };

/** A command's session: the client, the streams and time. */
export class ComposeSession {
  readonly client: DockerClient;
  readonly out: ProcessOutput;
  readonly err: ProcessOutput;
  readonly signal: AbortSignal | undefined;
  readonly columns: number;
  readonly #io: ComposeIO;

  constructor(client: DockerClient, io: ComposeIO = {}) {
    this.client = client;
    this.#io = io;
    this.out = io.stdout ?? discard;
    this.err = io.stderr ?? discard;
    this.signal = io.signal;
    this.columns = io.columns ?? 80;
  }

  /** The current time (epoch ms): the clock's, the caller's, else the daemon's. */
  async now(): Promise<number> {
    if (this.#io.clock) return this.#io.clock.now();
    if (this.#io.now) return this.#io.now();
    return Date.parse((await this.client.systemInfo()).SystemTime);
  }

  /** Waits `ms` of virtual time: on the clock when given, else through a bounded event stream. */
  readonly sleep: Sleeper = async (ms) => {
    const clock = this.#io.clock;
    if (clock) return clock.hold(clock.sleep(ms));
    const now = await this.now();
    // An events stream ends when the daemon's clock reaches `until`: a wait the daemon drives.
    for await (const _ of this.client.systemEvents({ since: now, until: now + ms, filters: { type: ['daemon'], event: ['reload'] } })) void _;
  };

  /** Logs a warning as Compose's logrus does on stderr. */
  warn(message: string): void {
    this.err.write(`WARN[0000] ${message}\n`);
  }

  /** A progress display for one operation (`Running`, `Stopping`…). */
  progress(title: string): ProgressWriter {
    const clock = this.#io.clock;
    return createProgress(this.#io.progress ?? 'auto', this.err, title, { columns: this.columns, ...(clock ? { now: () => clock.now() } : {}) });
  }
}
