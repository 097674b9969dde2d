/**
 * @module
 * How the package managers fail without a network (`docker run --network none`, an `internal`
 * network's container has one, so only the loopback-only case counts): the registry's name
 * does not resolve (`getaddrinfo EAI_AGAIN`), after yarn's four retries.
 */
import type { ProcessContext } from '../types.js';

/** True when the container has nothing but loopback. */
export function offline(ctx: ProcessContext): boolean {
  return ctx.net.interfaces().every((i) => i.name === 'lo');
}

/** yarn v1's failure to reach its registry for `first` (the first package it fetches). */
export async function yarnOffline(ctx: ProcessContext, first: string): Promise<number> {
  for (let i = 0; i < 4; i++) {
    ctx.stdout.write('info There appears to be trouble with your network connection. Retrying...\n');
    await ctx.clock.sleep(3000);
  }
  ctx.stderr.write(`error An unexpected error occurred: "https://registry.yarnpkg.com/${first}: getaddrinfo EAI_AGAIN registry.yarnpkg.com".\n`);
  ctx.stdout.write('info If you think this is a bug, please open an issue at https://github.com/yarnpkg/yarn/issues with the following URL: https://github.com/yarnpkg/yarn/issues/new\n');
  ctx.stdout.write('info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\n');
  return 1;
}

/** npm's failure to reach its registry for `first`; `log` is its log-file line. */
export function npmOffline(ctx: ProcessContext, first: string, log: string): number {
  ctx.stderr.write(`npm error code EAI_AGAIN\nnpm error syscall getaddrinfo\nnpm error errno EAI_AGAIN\nnpm error request to https://registry.npmjs.org/${first} failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org\n${log}`);
  return 1;
}
