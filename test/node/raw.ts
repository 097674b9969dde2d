/** A raw HTTP/1.1 conversation over a unix socket, for asserting exact bytes. */
import { connect, type Socket } from 'node:net';

/** An open raw connection. */
export interface RawConnection {
  readonly socket: Socket;
  /** Everything received so far. */
  received(): string;
  /** Resolves once `text` has been received. */
  until(text: string): Promise<string>;
  /** Resolves with everything once the server has closed its side of the connection. */
  closed(): Promise<string>;
}

/** Connects to `path` and sends `request`. The client side stays open until the test ends it. */
export function rawConnect(path: string, request: string | Uint8Array): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ path, allowHalfOpen: true });
    let data = '';
    let ended = false;
    let checks: (() => boolean)[] = [];
    const recheck = () => (checks = checks.filter((check) => !check()));
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      recheck();
    });
    const end = () => {
      ended = true;
      recheck();
    };
    socket.on('end', end);
    socket.on('close', end);
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write(request);
      const wait = (done: () => boolean) =>
        new Promise<string>((res, rej) => {
          const check = () => {
            if (done()) return res(data), true;
            if (ended) return rej(new Error(`connection ended; received ${JSON.stringify(data)}`)), true;
            return false;
          };
          if (!check()) checks.push(check);
        });
      resolve({ socket, received: () => data, until: (text) => wait(() => data.includes(text)), closed: () => wait(() => ended) });
    });
  });
}
