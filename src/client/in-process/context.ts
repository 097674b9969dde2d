/**
 * @module
 * What the in-process operations share: the daemon, the client's logins, and the two ways a call
 * moves virtual time — `call` holds the clock while one operation is awaited; `stream` holds it
 * while each item of an open-ended stream is awaited (unless the client opts out).
 */
import type { Daemon } from '../../daemon/daemon.js';
import type { CredentialStore } from '../credentials.js';
import { heldStream } from '../held.js';

/** The state one in-process client's operations share. */
export class InProcessContext {
  /** The daemon called. */
  readonly daemon: Daemon;
  /** Logins the client keeps. */
  readonly credentials: CredentialStore;
  /** Whether open-ended streams hold the clock per item. */
  readonly holdStreams: boolean;

  constructor(daemon: Daemon, credentials: CredentialStore, holdStreams: boolean) {
    this.daemon = daemon;
    this.credentials = credentials;
    this.holdStreams = holdStreams;
  }

  /** Runs `work` with the clock held. */
  call<T>(work: () => T | Promise<T>): Promise<T> {
    return this.daemon.ctx.clock.hold(Promise.resolve().then(work));
  }

  /** An open-ended stream, held per item unless streams are not held (a `bounded` one, ending at `until`, always is). */
  stream<T>(open: () => AsyncIterable<T>, bounded = false): AsyncIterable<T> {
    if (this.holdStreams || bounded) return heldStream(this.daemon.ctx.clock, open);
    try {
      return open();
    } catch (error) {
      return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(error) }) };
    }
  }
}
