/**
 * @module
 * The grammar of `docker container update` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';
import { resourceFlags } from './resource-flags.js';

/** `docker container update`: Update configuration of one or more containers */
export const updateCommand: DockerCommand = {
  use: 'update [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Update configuration of one or more containers',
  aliasesText: 'docker container update, docker update',
  args: minArgs(1),
  flags: [
    ...resourceFlags,
    flag.int('cpu-rt-period', '', 'Limit the CPU real-time period in microseconds'),
    flag.int('cpu-rt-runtime', '', 'Limit the CPU real-time runtime in microseconds'),
    flag.memswap('memory-swap', '', 'Swap limit equal to memory plus swap: -1 to enable unlimited swap'),
    flag.string('restart', '', 'Restart policy to apply when a container exits'),
    flag.bytes('kernel-memory', '', 'Kernel memory limit (deprecated)', { hidden: true }),
  ],
};
