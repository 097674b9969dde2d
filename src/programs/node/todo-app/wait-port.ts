/**
 * @module
 * The `wait-port` package as the todo app uses it (`waitPort({ host, port: 3306, timeout: 10000,
 * waitForDns: true })`): try to connect every second, printing `Waiting for mysql:3306` and a dot
 * per attempt; on success `Connected!`, after the timeout `Timeout` (and the app then fails on
 * its first query). Unresolvable names and refused connections are retried alike.
 */
import { NetError, type ProcessContext } from '../../types.js';

/** Resolves true once `host:port` accepts a connection, false after `timeoutMs`. */
export async function waitPort(ctx: ProcessContext, host: string, port: number, timeoutMs = 10_000, intervalMs = 1000): Promise<boolean> {
  const started = ctx.clock.now();
  ctx.stdout.write(`Waiting for ${host}:${port}`);
  for (;;) {
    ctx.stdout.write('.');
    try {
      const socket = await ctx.net.connect(host, port, { timeoutMs: 1000 });
      socket.close();
      ctx.stdout.write('\nConnected!\n');
      return true;
    } catch (e) {
      if (!(e instanceof NetError)) throw e;
    }
    if (ctx.clock.now() - started > timeoutMs) {
      ctx.stdout.write('\nTimeout\n');
      return false;
    }
    await ctx.clock.sleep(intervalMs);
  }
}
