/**
 * @module
 * Name lookups through the container's resolver (Docker's embedded DNS at 127.0.0.11 on user
 * networks): `nslookup` (busybox's and bind's layouts — busybox also asks for AAAA and reports
 * `*** Can't find x: No answer`) and bind's `dig` with its sections, as the workshop's
 * `dig mysql` shows them.
 */
import { NetError } from '../types.js';
import { strftime } from './strftime.js';
import type { Tool } from './tool.js';

async function lookup(net: Parameters<Tool>[0]['net'], name: string): Promise<string[] | 'NXDOMAIN'> {
  try {
    return await net.resolve(name);
  } catch (error) {
    if (error instanceof NetError) return 'NXDOMAIN';
    throw error;
  }
}

/** `nslookup NAME`. */
export const nslookup: Tool = async (ctx, flavour) => {
  const name = ctx.argv.slice(1).find((a) => !a.startsWith('-'));
  if (name === undefined) {
    ctx.stderr.write(flavour === 'busybox' ? 'BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n' : 'Usage: nslookup [-opt ...] host\n');
    return 1;
  }
  const server = ctx.net.nameserver;
  let out = `Server:\t\t${server}\nAddress:\t${server}${flavour === 'busybox' ? ':53' : '#53'}\n\n`;
  const answer = await lookup(ctx.net, name);
  if (answer === 'NXDOMAIN') {
    out += `** server can't find ${name}: NXDOMAIN\n\n`;
    if (flavour === 'busybox') out += `** server can't find ${name}: NXDOMAIN\n\n`;
    ctx.stdout.write(out);
    return 1;
  }
  out += 'Non-authoritative answer:\n';
  for (const address of answer) out += `Name:\t${name}\nAddress: ${address}\n`;
  out += '\n';
  if (flavour === 'busybox') out += `Non-authoritative answer:\n*** Can't find ${name}: No answer\n\n`;
  ctx.stdout.write(out);
  return 0;
};

/** Pads `text` with tabs to reach `column` (dig's layout). */
function tabTo(text: string, column: number): string {
  let out = text;
  let width = text.length;
  do {
    out += '\t';
    width = (Math.floor(width / 8) + 1) * 8;
  } while (width < column);
  return out;
}

/** `dig NAME`. */
export const dig: Tool = async (ctx) => {
  const args = ctx.argv.slice(1);
  const short = args.includes('+short');
  const name = args.find((a) => !a.startsWith('+') && !a.startsWith('-') && !a.startsWith('@') && a !== 'A' && a !== 'IN') ?? '.';
  const fqdn = name.endsWith('.') ? name : `${name}.`;
  const answer = await lookup(ctx.net, name);
  const addresses = answer === 'NXDOMAIN' ? [] : answer;
  if (short) {
    ctx.stdout.write(addresses.map((a) => `${a}\n`).join(''));
    return 0;
  }
  const server = ctx.net.nameserver;
  const id = ctx.random.int(65536);
  const qname = fqdn.length + 1;
  let out = `\n; <<>> DiG 9.18.30 <<>> ${args.join(' ')}\n;; global options: +cmd\n;; Got answer:\n`;
  out += `;; ->>HEADER<<- opcode: QUERY, status: ${answer === 'NXDOMAIN' ? 'NXDOMAIN' : 'NOERROR'}, id: ${id}\n`;
  out += `;; flags: qr rd ra; QUERY: 1, ANSWER: ${addresses.length}, AUTHORITY: 0, ADDITIONAL: 0\n\n`;
  out += `;; QUESTION SECTION:\n${tabTo(`;${fqdn}`, 32)}IN\tA\n\n`;
  if (addresses.length > 0) out += `;; ANSWER SECTION:\n${addresses.map((a) => `${tabTo(fqdn, 24)}600\tIN\tA\t${a}\n`).join('')}\n`;
  out += `;; Query time: 0 msec\n;; SERVER: ${server}#53(${server}) (UDP)\n;; WHEN: ${strftime('%a %b %d %H:%M:%S UTC %Y', ctx.clock.now())}\n;; MSG SIZE  rcvd: ${12 + qname + 4 + 16 * addresses.length}\n\n`;
  ctx.stdout.write(out);
  return 0;
};
