/**
 * @module
 * `docker volume create` (docker CLI 28.2): its grammar, and the handler creating a volume (named,
 * or anonymous with a 64-hex name) with `-d`, `-o`, `--label`; prints its name.
 */
import { maxArgs } from '../../grammar/args.js';
import { validateLabel } from '../../grammar/validators.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';

/** `docker volume create`: prints the volume's name (generated when none is given). */
async function runCreate({ cli, args, flags }: Invocation): Promise<void> {
  let name = flags.string('name');
  if (args.length === 1) {
    if (name !== '') throw new Error('conflicting options: cannot specify a volume-name through both --name and as a positional arg');
    name = args[0]!;
  }
  const labels: { [key: string]: string } = {};
  for (const kv of flags.list('label')) {
    const eq = kv.indexOf('=');
    labels[eq < 0 ? kv : kv.slice(0, eq)] = eq < 0 ? '' : kv.slice(eq + 1);
  }
  const volume = await cli.client.volumeCreate({ Driver: flags.string('driver'), DriverOpts: { ...flags.map('opt') }, Name: name, Labels: labels });
  cli.out.write(`${volume.Name}\n`);
}

/** `docker volume create`: Create a volume */
export const createCommand: DockerCommand = {
  use: 'create [OPTIONS] [VOLUME]',
  short: 'Create a volume',
  args: maxArgs(1),
  flags: [
    flag.string('availability', '', 'Cluster Volume availability ("active", "pause", "drain")', { def: 'active', annotations: { swarm: 'manager' } }),
    flag.string('driver', 'd', 'Specify volume driver name', { def: 'local' }),
    flag.string('group', '', 'Cluster Volume group (cluster volumes)', { annotations: { swarm: 'manager' } }),
    flag.list('label', '', 'Set metadata for a volume', { validate: validateLabel }),
    flag.bytes('limit-bytes', '', 'Minimum size of the Cluster Volume in bytes', { annotations: { swarm: 'manager' } }),
    flag.map('opt', 'o', 'Set driver specific options', { def: 'map[]' }),
    flag.bytes('required-bytes', '', 'Maximum size of the Cluster Volume in bytes', { annotations: { swarm: 'manager' } }),
    flag.string('scope', '', 'Cluster Volume access scope ("single", "multi")', { def: 'single', annotations: { swarm: 'manager' } }),
    flag.map('secret', '', 'Cluster Volume secrets', { def: 'map[]', annotations: { swarm: 'manager' } }),
    flag.string('sharing', '', 'Cluster Volume access sharing ("none", "readonly", "onewriter", "all")', { def: 'none', annotations: { swarm: 'manager' } }),
    flag.list('topology-preferred', '', 'A topology that the Cluster Volume would be preferred in', { annotations: { swarm: 'manager' } }),
    flag.list('topology-required', '', 'A topology that the Cluster Volume must be accessible from', { annotations: { swarm: 'manager' } }),
    flag.string('type', '', 'Cluster Volume access type ("mount", "block")', { def: 'block', annotations: { swarm: 'manager' } }),
    flag.string('name', '', 'Specify volume name', { hidden: true }),
  ],
  run: runCreate,
};
