/**
 * @module
 * `POST /containers/{id}/wait` bookkeeping: callers waiting for a container's next exit
 * (`next-exit`, and `not-running` while it runs) or for its removal (`removed`). Waiters are
 * registered synchronously when the call is made — the docker CLI calls wait before start — and
 * resolved by the runtime's `notify-exit` and `remove` effects.
 */

/** The conditions of `docker wait` / the wait endpoint. */
export type WaitCondition = 'not-running' | 'next-exit' | 'removed';

/** The wait endpoint's answer (Engine API `ContainerWaitResponse`). */
export interface ContainerWaitResponse {
  readonly StatusCode: number;
  readonly Error: { readonly Message: string } | null;
}

interface Waiter {
  readonly onRemove: boolean;
  readonly resolve: (response: ContainerWaitResponse) => void;
}

/** Pending waits of every container of a host. */
export class Waiters {
  readonly #byId = new Map<string, Set<Waiter>>();

  /** Registers a wait; resolves on the next exit (or on removal when `onRemove`). */
  add(id: string, onRemove: boolean): Promise<ContainerWaitResponse> {
    return new Promise((resolve) => {
      const set = this.#byId.get(id) ?? new Set();
      set.add({ onRemove, resolve });
      this.#byId.set(id, set);
    });
  }

  /** The container's process exited with `exitCode`. */
  exited(id: string, exitCode: number, error = ''): void {
    const set = this.#byId.get(id);
    if (!set) return;
    for (const w of [...set]) {
      if (w.onRemove) continue;
      set.delete(w);
      w.resolve({ StatusCode: exitCode, Error: error ? { Message: error } : null });
    }
  }

  /** The container is gone: every remaining wait answers with its last exit code. */
  removed(id: string, exitCode: number): void {
    const set = this.#byId.get(id);
    this.#byId.delete(id);
    for (const w of set ?? []) w.resolve({ StatusCode: exitCode, Error: null });
  }

  /** Number of pending waits on `id`. */
  count(id: string): number {
    return this.#byId.get(id)?.size ?? 0;
  }
}
