/**
 * @module
 * The doors of a program to the world, guarded by its image: reads, sleeps and watches deliver
 * only while the process may run (held while stopped or frozen) and reject once it has ended;
 * writes of an ended program are dropped; its timers and watches are cancelled when it ends, as
 * the kernel releases a dead process's resources. The unguarded originals are remembered so a
 * child can inherit its parent's stdio without inheriting the parent's fate.
 */
import type { FileStat, ProcessClock, ProcessFs, ProcessInput, ProcessOutput } from '../types.js';
import type { Image, Process, TimerClock } from './process.js';
import { isBroken } from './streams.js';

const originals = new WeakMap<object, object>();

/** The stream a guarded stream wraps (itself when not guarded). */
export function unguarded<T extends ProcessInput | ProcessOutput>(stream: T): T {
  return (originals.get(stream) as T | undefined) ?? stream;
}

/** `input` as `image` may read it. */
export function guardInput(image: Image, input: ProcessInput): ProcessInput {
  const guarded: ProcessInput = {
    isTTY: input.isTTY ?? false,
    read: () => (image.alive ? image.guard(input.read()) : image.guard(Promise.resolve(null))),
    readLine: () => (image.alive ? image.guard(input.readLine()) : image.guard(Promise.resolve(null))),
    readAll: () => (image.alive ? image.guard(input.readAll()) : image.guard(Promise.resolve(new Uint8Array(0)))),
  };
  originals.set(guarded, input);
  return guarded;
}

/** `output` as `image` may write it; writing into a pipe whose reader has gone raises SIGPIPE. */
export function guardOutput(proc: Process, image: Image, output: ProcessOutput): ProcessOutput {
  const guarded: ProcessOutput = {
    isTTY: output.isTTY,
    write: (data) => {
      if (!image.alive) return;
      if (isBroken(output)) proc.signal('SIGPIPE', false);
      else output.write(data);
    },
  };
  originals.set(guarded, output);
  return guarded;
}

/** The virtual clock as `image` sees it; `sleep(Infinity)` waits forever without a timer. */
export function guardClock(proc: Process, image: Image, clock: TimerClock): ProcessClock {
  return {
    now: () => clock.now(),
    sleep: (ms) => {
      image.check();
      if (!(ms < Infinity)) return image.guard(new Promise<void>(() => {}));
      let untrack: () => void = () => {};
      const slept = new Promise<void>((resolve) => {
        const timer = clock.setTimer(Math.max(0, ms || 0), () => (untrack(), resolve()));
        untrack = image.onEnd(() => timer.cancel());
      });
      return image.guard(slept);
    },
    timer: (ms, callback) => {
      image.check();
      if (!(ms < Infinity)) return () => {};
      let untrack: () => void = () => {};
      const timer = clock.setTimer(Math.max(0, ms || 0), () => {
        untrack();
        proc.deliver(() => image.alive && callback());
      });
      untrack = image.onEnd(() => timer.cancel());
      return () => {
        timer.cancel();
        untrack();
      };
    },
  };
}

/** The filesystem as `image` uses it: watches deliver while it may run and end with it. */
export function guardFs(proc: Process, image: Image, fs: ProcessFs): ProcessFs {
  return {
    stat: (path): FileStat => fs.stat(path),
    lstat: (path): FileStat => fs.lstat(path),
    exists: (path) => fs.exists(path),
    readFile: (path) => fs.readFile(path),
    writeFile: (path, data, options) => fs.writeFile(path, data, options),
    readdir: (path) => fs.readdir(path),
    mkdir: (path, options) => fs.mkdir(path, options),
    rm: (path, options) => fs.rm(path, options),
    rename: (from, to) => fs.rename(from, to),
    symlink: (target, path) => fs.symlink(target, path),
    readlink: (path) => fs.readlink(path),
    realpath: (path) => fs.realpath(path),
    chmod: (path, mode) => fs.chmod(path, mode),
    chown: (path, uid, gid) => fs.chown(path, uid, gid),
    utimes: (path, mtime) => fs.utimes(path, mtime),
    watch: (path, listener) => {
      image.check();
      const unwatch = fs.watch(path, (changed) => proc.deliver(() => image.alive && listener(changed)));
      const untrack = image.onEnd(unwatch);
      return () => {
        unwatch();
        untrack();
      };
    },
  };
}
