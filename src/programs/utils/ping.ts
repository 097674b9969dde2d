/**
 * @module
 * `ping` (busybox's and iputils' output): one echo per virtual second, `-c COUNT`, `-i`, `-q`,
 * statistics at the end or on SIGINT, `bad address` for a name that does not resolve.
 */
import { NetError, type ProcessContext } from '../types.js';
import { complain } from './common.js';
import type { Flavour, Tool } from './tool.js';

async function rtt(ctx: ProcessContext, address: string): Promise<number | NetError> {
  try {
    if (ctx.net.ping) return await ctx.net.ping(address);
    return 0.04 + ctx.random.int(60) / 1000;
  } catch (error) {
    if (error instanceof NetError) return error;
    throw error;
  }
}

/** `ping [-c COUNT] HOST`. */
export const ping: Tool = async (ctx: ProcessContext, flavour: Flavour) => {
  const args = ctx.argv.slice(1);
  let count = Infinity;
  let interval = 1000;
  let quiet = false;
  let host: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-c') count = Number(args[++i]);
    else if (a.startsWith('-c')) count = Number(a.slice(2));
    else if (a === '-i') interval = Number(args[++i]) * 1000;
    else if (a === '-q') quiet = true;
    else if (a === '-W' || a === '-w' || a === '-s' || a === '-t') i++;
    else if (!a.startsWith('-')) host = a;
  }
  if (host === undefined) {
    if (flavour === 'busybox') ctx.stderr.write('BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n');
    else complain(ctx, flavour, 'usage error: Destination address required');
    return flavour === 'busybox' ? 1 : 1;
  }
  let address: string;
  try {
    address = (await ctx.net.resolve(host))[0] ?? host;
  } catch (error) {
    if (!(error instanceof NetError)) throw error;
    complain(ctx, flavour, flavour === 'busybox' ? `bad address '${host}'` : `${host}: Name or service not known`);
    return flavour === 'busybox' ? 1 : 2;
  }
  const gnu = flavour === 'gnu';
  ctx.stdout.write(gnu ? `PING ${host} (${address}) 56(84) bytes of data.\n` : `PING ${host} (${address}): 56 data bytes\n`);
  const times: number[] = [];
  let sent = 0;
  const started = ctx.clock.now();
  const report = (): number => {
    const loss = sent === 0 ? 0 : Math.round(((sent - times.length) / sent) * 100);
    let out = `\n--- ${host} ping statistics ---\n`;
    out += gnu ? `${sent} packets transmitted, ${times.length} received, ${loss}% packet loss, time ${ctx.clock.now() - started}ms\n` : `${sent} packets transmitted, ${times.length} packets received, ${loss}% packet loss\n`;
    if (times.length > 0) {
      const min = Math.min(...times);
      const max = Math.max(...times);
      const avg = times.reduce((a, b) => a + b, 0) / times.length;
      const mdev = Math.sqrt(times.reduce((a, b) => a + (b - avg) ** 2, 0) / times.length);
      out += gnu ? `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n` : `round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)} ms\n`;
    }
    ctx.stdout.write(out);
    return times.length > 0 ? 0 : 1;
  };
  let interrupted = false;
  const interrupt = new Promise<void>((resolve) =>
    ctx.signals.on('SIGINT', () => {
      interrupted = true;
      resolve();
    }),
  );
  for (let seq = 0; seq < count && !interrupted; seq++) {
    sent++;
    const result = await rtt(ctx, address);
    if (result instanceof NetError) {
      if (result.code === 'ENETUNREACH' && !gnu) {
        complain(ctx, flavour, 'sendto: Network is unreachable');
        return 1;
      }
    } else {
      times.push(result);
      if (!quiet) ctx.stdout.write(gnu ? `64 bytes from ${address}: icmp_seq=${seq + 1} ttl=64 time=${result.toFixed(3)} ms\n` : `64 bytes from ${address}: seq=${seq} ttl=64 time=${result.toFixed(3)} ms\n`);
    }
    if (seq + 1 < count) await Promise.race([ctx.clock.sleep(interval), interrupt]);
  }
  return report();
};
