/**
 * @module
 * Ctrl-C for streaming commands (`logs -f`, `stats`, `events`, `attach`): iterate a daemon stream
 * until it ends or the CLI's abort signal fires, then let the stream go (its `return`), as a real
 * client closing its connection does.
 */

/** Yields the items of `source` until it ends or `signal` aborts. */
export async function* untilAborted<T>(source: AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  const aborted = new Promise<'aborted'>((resolve) => {
    if (signal?.aborted) resolve('aborted');
    signal?.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
  try {
    for (;;) {
      const next = await Promise.race([it.next(), aborted]);
      if (next === 'aborted' || next.done) return;
      yield next.value;
    }
  } finally {
    void it.return?.();
  }
}

/** The exit status of a command interrupted by Ctrl-C (a process killed by SIGINT). */
export const INTERRUPTED = 130;
