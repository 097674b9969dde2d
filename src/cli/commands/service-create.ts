/**
 * @module
 * The grammar of `docker service create` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import type { DockerCommand } from '../invocation.js';
import { serviceFlags } from './service-flags.js';

/** `docker service create`: Create a new service */
export const serviceCreateCommand: DockerCommand = {
  use: 'create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new service',
  args: minArgs(1),
  interspersed: false,
  flags: [
    ...serviceFlags,
    flag.list('config', '', 'Specify configurations to expose to the service', { type: 'config' }),
    flag.list('constraint', '', 'Placement constraints'),
    flag.list('container-label', '', 'Container labels'),
    flag.list('dns', '', 'Set custom DNS servers'),
    flag.list('dns-option', '', 'Set DNS options'),
    flag.list('dns-search', '', 'Set custom DNS search domains'),
    flag.string('endpoint-mode', '', 'Endpoint mode (vip or dnsrr)', { def: 'vip' }),
    flag.list('env', 'e', 'Set environment variables'),
    flag.list('env-file', '', 'Read in a file of environment variables'),
    flag.list('generic-resource', '', 'User defined resources'),
    flag.list('group', '', 'Set one or more supplementary user groups for the container'),
    flag.list('host', '', 'Set one or more custom host-to-IP mappings (host:ip)'),
    flag.list('label', 'l', 'Service labels'),
    flag.string('mode', '', 'Service mode ("replicated", "global", "replicated-job", "global-job")', { def: 'replicated' }),
    flag.list('mount', '', 'Attach a filesystem mount to the service', { type: 'mount' }),
    flag.string('name', '', 'Service name'),
    flag.list('network', '', 'Network attachments', { type: 'network' }),
    flag.list('placement-pref', '', 'Add a placement preference', { type: 'pref' }),
    flag.list('publish', 'p', 'Publish a port as a node port', { type: 'port' }),
    flag.string('restart-condition', '', 'Restart when condition is met ("none", "on-failure", "any")', { def: 'any' }),
    flag.duration('restart-delay', '', 'Delay between restart attempts (ns|us|ms|s|m|h)', { def: '5s' }),
    flag.duration('rollback-delay', '', 'Delay between task rollbacks (ns|us|ms|s|m|h) (default 0s)'),
    flag.string('rollback-failure-action', '', 'Action on rollback failure ("pause", "continue")', { def: 'pause' }),
    flag.float('rollback-max-failure-ratio', '', 'Failure rate to tolerate during a rollback (default 0)'),
    flag.duration('rollback-monitor', '', 'Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h)', { def: '5s' }),
    flag.string('rollback-order', '', 'Rollback order ("start-first", "stop-first")', { def: 'stop-first' }),
    flag.uint('rollback-parallelism', '', 'Maximum number of tasks rolled back simultaneously (0 to roll back all at once)', { def: '1' }),
    flag.list('secret', '', 'Specify secrets to expose to the service', { type: 'secret' }),
    flag.duration('stop-grace-period', '', 'Time to wait before force killing a container (ns|us|ms|s|m|h)', { def: '10s' }),
    flag.list('sysctl', '', 'Sysctl options'),
    flag.list('ulimit', '', 'Ulimit options', { def: '[]', type: 'ulimit' }),
    flag.duration('update-delay', '', 'Delay between updates (ns|us|ms|s|m|h) (default 0s)'),
    flag.string('update-failure-action', '', 'Action on update failure ("pause", "continue", "rollback")', { def: 'pause' }),
    flag.float('update-max-failure-ratio', '', 'Failure rate to tolerate during an update (default 0)'),
    flag.duration('update-monitor', '', 'Duration after each task update to monitor for failure (ns|us|ms|s|m|h)', { def: '5s' }),
    flag.string('update-order', '', 'Update order ("start-first", "stop-first")', { def: 'stop-first' }),
    flag.uint('update-parallelism', '', 'Maximum number of tasks updated simultaneously (0 to update all at once)', { def: '1' }),
  ],
};
