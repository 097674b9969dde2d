/**
 * @module
 * How docker's multi-object commands report (docker/cli `parallelOperation` and its callers in
 * `stop`, `kill`, `rm`, `pause`…, and `errors.Join`): every argument is processed (in parallel,
 * results read in argument order), each success prints the argument as typed, failures are
 * collected and end the command with their texts, one per line, and exit status 1.
 */
import { isDockerError } from '../../core/errors.js';
import { errorText } from '../errors.js';
import type { DockerCli } from '../invocation.js';

/** The outcome of one argument: undefined on success, else the error. */
export type Outcome = unknown;

/** Runs `op` on every name at once; resolves to each outcome, in the order of `names`. */
export async function settleEach(names: readonly string[], op: (name: string) => Promise<unknown>): Promise<Outcome[]> {
  const results = await Promise.allSettled(names.map((name) => op(name)));
  return results.map((r) => (r.status === 'fulfilled' ? undefined : r.reason));
}

/** Go's `errors.Join` of CLI errors: their texts one per line (undefined when there are none). */
export function joinErrors(errors: readonly unknown[]): Error | undefined {
  return errors.length === 0 ? undefined : new Error(errors.map(errorText).join('\n'));
}

/**
 * The common shape: run `op` on each name, print the names that succeeded on stdout, throw the
 * joined errors. `skip` decides which errors are only printed on stderr (`rm -f` of a missing
 * container).
 */
export async function forEachName(cli: DockerCli, names: readonly string[], op: (name: string) => Promise<unknown>, skip?: (error: unknown) => boolean): Promise<void> {
  const outcomes = await settleEach(names, op);
  const errors: unknown[] = [];
  outcomes.forEach((outcome, i) => {
    if (outcome === undefined) cli.out.write(`${names[i]}\n`);
    else if (skip?.(outcome)) cli.err.write(`${errorText(outcome)}\n`);
    else errors.push(outcome);
  });
  const joined = joinErrors(errors);
  if (joined) throw joined;
}

/** A daemon's 304 (already started / already stopped) is success to the client, as in Go's client. */
export async function notModifiedIsSuccess(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!isDockerError(error, 'NotModified')) throw error;
  }
}
