/**
 * @module
 * The network stack as one program sees it: accepts, connects, lookups and socket reads are
 * guarded by its image, and every listener and socket it opened is closed when it ends — so a
 * killed server frees its port at once, as the kernel closes a dead process's descriptors.
 */
import type { Listener, ProcessNet, Socket } from '../types.js';
import type { Image } from './process.js';

/** `net` as `image` uses it. */
export function guardNet(image: Image, net: ProcessNet): ProcessNet {
  return {
    get nameserver() {
      return net.nameserver;
    },
    interfaces: () => net.interfaces(),
    ...(net.ping
      ? {
          ping: (address: string) => {
            image.check();
            return image.guard(net.ping!(address));
          },
        }
      : {}),
    resolve: (name) => {
      image.check();
      return image.guard(net.resolve(name));
    },
    listen: (port, options) => {
      image.check();
      return guardListener(image, net.listen(port, options));
    },
    connect: (host, port, options) => {
      image.check();
      return image.guard(net.connect(host, port, options).then((socket) => adopt(image, socket)));
    },
  };
}

function guardListener(image: Image, listener: Listener): Listener {
  const untrack = image.onEnd(() => listener.close());
  return {
    get port() {
      return listener.port;
    },
    accept: () => image.guard(listener.accept().then((socket) => (socket ? adopt(image, socket) : null))),
    close: () => {
      untrack();
      listener.close();
    },
  };
}

/** Wraps a socket the image owns; closes it if the image ends first. */
function adopt(image: Image, socket: Socket): Socket {
  if (!image.alive) {
    socket.close();
    return socket;
  }
  const untrack = image.onEnd(() => socket.close());
  return {
    local: socket.local,
    remote: socket.remote,
    read: () => image.guard(socket.read()),
    readLine: () => image.guard(socket.readLine()),
    readAll: () => image.guard(socket.readAll()),
    write: (data) => {
      if (image.alive) socket.write(data);
    },
    end: () => socket.end(),
    close: () => {
      untrack();
      socket.close();
    },
  };
}
