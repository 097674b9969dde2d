/**
 * @module
 * The contract's network: what the network layer gives a process (listen, connect, resolve,
 * ping) and how it fails.
 */
import type { ProcessInput } from './streams.js';

/** Network failures, as errno names. */
export type NetErrorCode = 'ENOTFOUND' | 'ECONNREFUSED' | 'ETIMEDOUT' | 'ENETUNREACH' | 'EHOSTUNREACH' | 'EADDRINUSE' | 'ECONNRESET' | 'EINVAL';

/** A failed network call. */
export class NetError extends Error {
  readonly code: NetErrorCode;

  constructor(code: NetErrorCode, message: string) {
    super(message);
    this.name = 'NetError';
    this.code = code;
  }
}

/** An address and port. */
export interface SocketAddress {
  readonly address: string;
  readonly port: number;
}

/** One TCP connection, from either end. */
export interface Socket extends ProcessInput {
  write(data: string | Uint8Array): void;
  /** Half-closes: the peer reads end of input after what was written. */
  end(): void;
  /** Closes both directions. */
  close(): void;
  readonly local: SocketAddress;
  readonly remote: SocketAddress;
}

/** A listening TCP socket. */
export interface Listener {
  /** The port actually bound (an ephemeral one when 0 was asked). */
  readonly port: number;
  /** The next incoming connection, or `null` once closed. */
  accept(): Promise<Socket | null>;
  close(): void;
}

/** A network interface of the container (one per connected network, plus loopback). */
export interface NetworkInterface {
  readonly name: string;
  readonly address: string;
  readonly prefixLength: number;
  readonly mac?: string;
  readonly network?: string;
}

/**
 * The container's network stack: the embedded DNS, the networks it is attached to, and the ports
 * it listens on. Connections reach only processes on a shared network (or published ports).
 */
export interface ProcessNet {
  /** Listens on `port` (0: an ephemeral port) at `host` (default all interfaces); EADDRINUSE if taken. */
  listen(port: number, options?: { readonly host?: string }): Listener;
  /**
   * Connects to `host:port`; `host` is a name (resolved like {@link ProcessNet.resolve}) or an IP.
   * Fails as a real process would: ENOTFOUND, ECONNREFUSED, ETIMEDOUT (internal/none networks)…
   */
  connect(host: string, port: number, options?: { readonly timeoutMs?: number }): Promise<Socket>;
  /** IPv4 addresses of a name: /etc/hosts, then the embedded DNS (user networks) or the host's resolver. */
  resolve(name: string): Promise<string[]>;
  /** The nameserver the container uses (127.0.0.11 on user networks). */
  readonly nameserver: string;
  /**
   * An ICMP echo to `address` (ping): resolves with the round-trip time in ms, rejects with
   * EHOSTUNREACH / ENETUNREACH / ETIMEDOUT when nothing answers. Optional: without it, tools treat
   * every resolvable address as reachable.
   */
  ping?(address: string): Promise<number>;
  /** This container's interfaces. */
  interfaces(): NetworkInterface[];
}
