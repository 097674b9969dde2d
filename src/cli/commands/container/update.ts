/**
 * @module
 * `docker container update` / `docker update` (docker CLI 28.2): its grammar, and the handler
 * sending the changed resources and restart policy to each container, printing each one updated.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { resourceFlags } from './resource-flags.js';
import { errorText } from '../../errors.js';
import type { ContainerUpdateRequest } from '../../../container/update.js';
import { parseRestartPolicy } from './create-config.js';

/** The resources a command line changes (non-zero values only, as the daemon applies them). */
function updateRequest(flags: Invocation['flags']): ContainerUpdateRequest {
  const request: { [field: string]: unknown } = {};
  const numbers: [string, string][] = [
    ['blkio-weight', 'BlkioWeight'], ['cpu-shares', 'CpuShares'], ['memory', 'Memory'], ['memory-reservation', 'MemoryReservation'],
    ['memory-swap', 'MemorySwap'], ['cpu-period', 'CpuPeriod'], ['cpu-quota', 'CpuQuota'], ['cpus', 'NanoCpus'], ['pids-limit', 'PidsLimit'],
  ];
  for (const [name, field] of numbers) if (flags.number(name) !== 0) request[field] = flags.number(name);
  for (const [name, field] of [['cpuset-cpus', 'CpusetCpus'], ['cpuset-mems', 'CpusetMems']] as const) if (flags.string(name) !== '') request[field] = flags.string(name);
  const policy = parseRestartPolicy(flags.string('restart'));
  if (policy) request['RestartPolicy'] = policy;
  return request as ContainerUpdateRequest;
}

/** `docker update`: each container in turn, printed on success; warnings after; errors joined. */
async function runUpdate({ cli, args, flags }: Invocation): Promise<void> {
  if (flags.changedNames().length === 0) throw new Error('you must provide one or more flags when using this command');
  const request = updateRequest(flags);
  const warnings: string[] = [];
  const errors: string[] = [];
  for (const name of args) {
    try {
      const r = await cli.client.containerUpdate(name, request);
      cli.out.write(`${name}\n`);
      warnings.push(...r.Warnings);
    } catch (error) {
      errors.push(errorText(error));
    }
  }
  if (warnings.length > 0) cli.out.write(`${warnings.join('\n')}\n`);
  if (errors.length > 0) throw new Error(errors.join('\n'));
}

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
  run: runUpdate,
};
