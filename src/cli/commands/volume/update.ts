/**
 * @module
 * The grammar of `docker volume update` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker volume update`: Update a volume (cluster volumes only) */
export const updateCommand: DockerCommand = {
  use: 'update [OPTIONS] [VOLUME]',
  short: 'Update a volume (cluster volumes only)',
  args: exactArgs(1),
  annotations: { swarm: 'manager' },
  flags: [
    flag.string('availability', '', 'Cluster Volume availability ("active", "pause", "drain")', { def: 'active', annotations: { swarm: 'manager' } }),
  ],
};
