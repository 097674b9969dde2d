/**
 * A loopback {@link ProcessNet} for the programs layer's tests: names resolve from a table,
 * `listen` binds ports on one shared address space, `connect` pairs sockets in memory. The network
 * layer supplies the real stack (bridges, DNS, published ports).
 */
import { InputBuffer } from '../../src/programs/process/streams.js';
import { NetError, type Listener, type NetworkInterface, type ProcessNet, type Socket, type SocketAddress } from '../../src/programs/types.js';

/** A shared in-memory network: every double created from it sees the same listeners. */
export class LoopbackNetwork {
  readonly listeners = new Map<number, { queue: Socket[]; waiters: ((s: Socket | null) => void)[]; closed: boolean }>();
  readonly hosts: Map<string, string>;
  #ephemeral = 40000;

  constructor(hosts: { readonly [name: string]: string } = {}) {
    this.hosts = new Map(Object.entries({ localhost: '127.0.0.1', ...hosts }));
  }

  /** A process's view of this network. */
  stack(address = '172.17.0.2'): ProcessNet {
    const net = this;
    return {
      nameserver: '127.0.0.11',
      interfaces: (): NetworkInterface[] => [
        { name: 'lo', address: '127.0.0.1', prefixLength: 8 },
        { name: 'eth0', address, prefixLength: 16, mac: '02:42:ac:11:00:02', network: 'bridge' },
      ],
      resolve: async (name) => {
        if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return [name];
        const ip = net.hosts.get(name);
        if (!ip) throw new NetError('ENOTFOUND', `getaddrinfo ENOTFOUND ${name}`);
        return [ip];
      },
      listen: (port): Listener => {
        const bound = port === 0 ? net.#ephemeral++ : port;
        if (net.listeners.has(bound)) throw new NetError('EADDRINUSE', `listen EADDRINUSE: address already in use :::${bound}`);
        const entry = { queue: [] as Socket[], waiters: [] as ((s: Socket | null) => void)[], closed: false };
        net.listeners.set(bound, entry);
        return {
          port: bound,
          accept: async () => entry.queue.shift() ?? (entry.closed ? null : new Promise((resolve) => entry.waiters.push(resolve))),
          close: () => {
            if (entry.closed) return;
            entry.closed = true;
            net.listeners.delete(bound);
            for (const w of entry.waiters.splice(0)) w(null);
          },
        };
      },
      connect: async (host, port) => {
        const ip = /^\d/.test(host) ? host : net.hosts.get(host);
        if (!ip) throw new NetError('ENOTFOUND', `getaddrinfo ENOTFOUND ${host}`);
        const entry = net.listeners.get(port);
        if (!entry) throw new NetError('ECONNREFUSED', `connect ECONNREFUSED ${ip}:${port}`);
        const [client, server] = socketPair({ address, port: net.#ephemeral++ }, { address: ip, port });
        const waiter = entry.waiters.shift();
        if (waiter) waiter(server);
        else entry.queue.push(server);
        return client;
      },
    };
  }
}

function socketPair(a: SocketAddress, b: SocketAddress): [Socket, Socket] {
  const ab = new InputBuffer();
  const ba = new InputBuffer();
  const end = (input: InputBuffer, output: InputBuffer, local: SocketAddress, remote: SocketAddress): Socket => ({
    local,
    remote,
    read: () => input.read(),
    readLine: () => input.readLine(),
    readAll: () => input.readAll(),
    write: (data) => output.push(data),
    end: () => output.end(),
    close: () => {
      output.end();
      input.end();
    },
  });
  return [end(ba, ab, a, b), end(ab, ba, b, a)];
}
