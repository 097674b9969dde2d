/**
 * @module
 * The grammar of `docker volume create` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { maxArgs } from '../../grammar/args.js';
import { validateLabel } from '../../grammar/validators.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

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
};
