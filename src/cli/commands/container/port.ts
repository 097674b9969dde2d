/**
 * @module
 * `docker container port` / `docker port` (docker CLI 28.2): its grammar, and the handler printing
 * the container's published ports from its inspect record, in natural order.
 */
import { rangeArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { naturalLess } from '../../format/natural-sort.js';
import { joinHostPort } from '../../format/ports.js';

/** `docker port`: every published mapping (`80/tcp -> 0.0.0.0:8080`), or the host ends of one port. */
async function runPort({ cli, args }: Invocation): Promise<void> {
  const name = args[0]!;
  const c = await cli.client.containerInspect(name);
  const ports = (c.NetworkSettings.Ports ?? {}) as { readonly [port: string]: readonly { readonly HostIp: string; readonly HostPort: string }[] | null };
  const out: string[] = [];
  const wanted = args[1];
  if (wanted !== undefined) {
    const slash = wanted.indexOf('/');
    const port = slash < 0 ? wanted : wanted.slice(0, slash);
    const proto = slash < 0 || wanted.slice(slash + 1) === '' ? 'tcp' : wanted.slice(slash + 1);
    if (!/^\d+$/.test(port) || Number(port) > 65535) {
      const reason = /^\d+$/.test(port) ? 'value out of range' : 'invalid syntax';
      throw new Error(`Error: invalid port (${port}): strconv.ParseUint: parsing ${JSON.stringify(port)}: ${reason}`);
    }
    const frontends = ports[`${port}/${proto}`];
    if (!frontends || frontends.length === 0) throw new Error(`Error: No public port '${wanted}' published for ${name}`);
    for (const f of frontends) out.push(joinHostPort(f.HostIp, f.HostPort));
  } else {
    for (const [from, frontends] of Object.entries(ports)) for (const f of frontends ?? []) out.push(`${from} -> ${joinHostPort(f.HostIp, f.HostPort)}`);
  }
  if (out.length > 0) cli.out.write(`${out.sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0)).join('\n')}\n`);
}

/** `docker container port`: List port mappings or a specific mapping for the container */
export const portCommand: DockerCommand = {
  use: 'port CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  aliasesText: 'docker container port, docker port',
  args: rangeArgs(1, 2),
  run: runPort,
};
