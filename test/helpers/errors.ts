/**
 * Docker errors as tests compare them: the kind and the exact message.
 */
import { isDockerError } from '../../src/core/errors.js';

/** The DockerError `fn` throws, as `{ kind, message }` (fails the test when it throws nothing or something else). */
export function errorOf(fn: () => unknown): { kind: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (isDockerError(err)) return { kind: err.kind, message: err.message };
    throw err;
  }
  throw new Error('expected a DockerError');
}

/** The DockerError `promise` rejects with, as `{ kind, message }`. */
export async function rejection(promise: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    if (isDockerError(err)) return { kind: err.kind, message: err.message };
    throw err;
  }
  throw new Error('expected a rejection');
}
