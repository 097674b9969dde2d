/**
 * @module
 * A simulated machine: one Docker daemon, and the clients that talk to it.
 */
import { InProcessClient } from '../client/in-process-client.js';
import type { DockerClient } from '../client/docker-client.js';
import type { Daemon } from '../daemon/daemon.js';
import type { HostState } from '../daemon/state.js';

/** One host of a world. */
export class Host {
  /** The host's name in the world. */
  readonly name: string;
  /** The host's Docker daemon. */
  readonly daemon: Daemon;

  constructor(daemon: Daemon) {
    this.daemon = daemon;
    this.name = daemon.ctx.name;
  }

  /** The host's current state. */
  get state(): HostState {
    return this.daemon.ctx.state;
  }

  /** A typed client of this host's daemon, in-process. */
  client(): DockerClient {
    return new InProcessClient(this.daemon);
  }
}
