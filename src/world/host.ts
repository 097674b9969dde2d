/**
 * @module
 * A simulated machine: one Docker daemon, the clients that talk to it, and the machine's own side
 * of the network and disk — `host.request('http://localhost:3000/')` opens the "browser" on a
 * published port, `host.connect(port)` a raw TCP connection, `host.fs` is the filesystem bind
 * mounts come from.
 */
import { InProcessClient } from '../client/in-process-client.js';
import type { DockerClient } from '../client/docker-client.js';
import type { Daemon } from '../daemon/daemon.js';
import type { HostState } from '../daemon/state.js';
import { httpRequest, type HttpRequestInit } from '../network/http/client.js';
import type { HttpResponse } from '../network/http/codec.js';
import type { ProcessFs, Socket } from '../programs/types.js';

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

  /** The machine's own filesystem: what `-v /host/path:/ctr` bind mounts show inside containers. */
  get fs(): ProcessFs {
    return this.daemon.volumes.hostFs;
  }

  /** A typed client of this host's daemon, in-process. */
  client(): DockerClient {
    return new InProcessClient(this.daemon);
  }

  /**
   * Opens a TCP connection from the host to `host:port` (default `localhost`): published ports,
   * container addresses and gateway addresses are reachable; fails as a real connect would
   * (`ECONNREFUSED`, `ECONNRESET` from the docker-proxy when the container does not listen…).
   */
  connect(port: number, host = 'localhost', options: { readonly timeoutMs?: number } = {}): Promise<Socket> {
    return this.daemon.ctx.clock.hold(this.daemon.networks.hostConnect(host, port, options.timeoutMs));
  }

  /** Sends one HTTP/1.1 request from the host, as a browser would (`http://localhost:3000/`). */
  request(url: string, init: HttpRequestInit = {}): Promise<HttpResponse> {
    const dial = (host: string, port: number, timeoutMs?: number) => this.daemon.networks.hostConnect(host, port, timeoutMs);
    return this.daemon.ctx.clock.hold(httpRequest(dial, url, init));
  }
}
