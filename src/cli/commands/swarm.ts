/**
 * @module
 * The grammar of `docker swarm ca`, `docker swarm init`, `docker swarm join`, `docker swarm join-token`, `docker swarm leave`, `docker swarm unlock`, `docker swarm unlock-key`, `docker swarm update`, `docker swarm` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs, exactArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import type { DockerCommand } from '../invocation.js';

/** `docker swarm ca`: Display and rotate the root CA */
export const swarmCaCommand: DockerCommand = {
  use: 'ca [OPTIONS]',
  short: 'Display and rotate the root CA',
  args: noArgs,
  annotations: { swarm: 'manager' },
  flags: [
    flag.string('ca-cert', '', 'Path to the PEM-formatted root CA certificate to use for the new cluster', { type: 'pem-file' }),
    flag.string('ca-key', '', 'Path to the PEM-formatted root CA key to use for the new cluster', { type: 'pem-file' }),
    flag.duration('cert-expiry', '', 'Validity period for node certificates (ns|us|ms|s|m|h)', { def: '2160h0m0s' }),
    flag.bool('detach', 'd', 'Exit immediately instead of waiting for the root rotation to converge'),
    flag.list('external-ca', '', 'Specifications of one or more certificate signing endpoints', { type: 'external-ca' }),
    flag.bool('quiet', 'q', 'Suppress progress output'),
    flag.bool('rotate', '', 'Rotate the swarm CA - if no certificate or key are provided, new ones will be generated'),
  ],
};

/** `docker swarm init`: Initialize a swarm */
export const swarmInitCommand: DockerCommand = {
  use: 'init [OPTIONS]',
  short: 'Initialize a swarm',
  args: noArgs,
  annotations: { swarm: '' },
  flags: [
    flag.string('advertise-addr', '', 'Advertised address (format: "<ip|interface>[:port]")'),
    flag.bool('autolock', '', 'Enable manager autolocking (requiring an unlock key to start a stopped manager)'),
    flag.string('availability', '', 'Availability of the node ("active", "pause", "drain")', { def: 'active' }),
    flag.duration('cert-expiry', '', 'Validity period for node certificates (ns|us|ms|s|m|h)', { def: '2160h0m0s' }),
    flag.string('data-path-addr', '', 'Address or interface to use for data path traffic (format: "<ip|interface>")'),
    flag.uint32('data-path-port', '', 'Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used.'),
    flag.list('default-addr-pool', '', 'default address pool in CIDR format', { def: '[]', type: 'ipNetSlice' }),
    flag.uint32('default-addr-pool-mask-length', '', 'default address pool subnet mask length', { def: '24' }),
    flag.duration('dispatcher-heartbeat', '', 'Dispatcher heartbeat period (ns|us|ms|s|m|h)', { def: '5s' }),
    flag.list('external-ca', '', 'Specifications of one or more certificate signing endpoints', { type: 'external-ca' }),
    flag.bool('force-new-cluster', '', 'Force create a new cluster from current state'),
    flag.string('listen-addr', '', 'Listen address (format: "<ip|interface>[:port]") (default 0.0.0.0:2377)', { type: 'node-addr' }),
    flag.uint('max-snapshots', '', 'Number of additional Raft snapshots to retain'),
    flag.uint('snapshot-interval', '', 'Number of log entries between Raft snapshots', { def: '10000' }),
    flag.int('task-history-limit', '', 'Task history retention limit', { def: '5' }),
  ],
};

/** `docker swarm join`: Join a swarm as a node and/or manager */
export const swarmJoinCommand: DockerCommand = {
  use: 'join [OPTIONS] HOST:PORT',
  short: 'Join a swarm as a node and/or manager',
  args: exactArgs(1),
  annotations: { swarm: '' },
  flags: [
    flag.string('advertise-addr', '', 'Advertised address (format: "<ip|interface>[:port]")'),
    flag.string('availability', '', 'Availability of the node ("active", "pause", "drain")', { def: 'active' }),
    flag.string('data-path-addr', '', 'Address or interface to use for data path traffic (format: "<ip|interface>")'),
    flag.string('listen-addr', '', 'Listen address (format: "<ip|interface>[:port]") (default 0.0.0.0:2377)', { type: 'node-addr' }),
    flag.string('token', '', 'Token for entry into the swarm'),
  ],
};

/** `docker swarm join-token`: Manage join tokens */
export const swarmJoinTokenCommand: DockerCommand = {
  use: 'join-token [OPTIONS] (worker|manager)',
  short: 'Manage join tokens',
  args: exactArgs(1),
  annotations: { swarm: 'manager' },
  flags: [
    flag.bool('quiet', 'q', 'Only display token'),
    flag.bool('rotate', '', 'Rotate join token'),
  ],
};

/** `docker swarm leave`: Leave the swarm */
export const swarmLeaveCommand: DockerCommand = {
  use: 'leave [OPTIONS]',
  short: 'Leave the swarm',
  args: noArgs,
  annotations: { swarm: 'active' },
  flags: [
    flag.bool('force', 'f', 'Force this node to leave the swarm, ignoring warnings'),
  ],
};

/** `docker swarm unlock`: Unlock swarm */
export const swarmUnlockCommand: DockerCommand = {
  use: 'unlock',
  short: 'Unlock swarm',
  args: noArgs,
  annotations: { swarm: 'manager' },
};

/** `docker swarm unlock-key`: Manage the unlock key */
export const swarmUnlockKeyCommand: DockerCommand = {
  use: 'unlock-key [OPTIONS]',
  short: 'Manage the unlock key',
  args: noArgs,
  annotations: { swarm: 'manager' },
  flags: [
    flag.bool('quiet', 'q', 'Only display token'),
    flag.bool('rotate', '', 'Rotate unlock key'),
  ],
};

/** `docker swarm update`: Update the swarm */
export const swarmUpdateCommand: DockerCommand = {
  use: 'update [OPTIONS]',
  short: 'Update the swarm',
  args: noArgs,
  annotations: { swarm: 'manager' },
  flags: [
    flag.bool('autolock', '', 'Change manager autolocking setting (true|false)'),
    flag.duration('cert-expiry', '', 'Validity period for node certificates (ns|us|ms|s|m|h)', { def: '2160h0m0s' }),
    flag.duration('dispatcher-heartbeat', '', 'Dispatcher heartbeat period (ns|us|ms|s|m|h)', { def: '5s' }),
    flag.list('external-ca', '', 'Specifications of one or more certificate signing endpoints', { type: 'external-ca' }),
    flag.uint('max-snapshots', '', 'Number of additional Raft snapshots to retain'),
    flag.uint('snapshot-interval', '', 'Number of log entries between Raft snapshots', { def: '10000' }),
    flag.int('task-history-limit', '', 'Task history retention limit', { def: '5' }),
  ],
};

/** `docker swarm`: Manage Swarm */
export const swarmCommand: DockerCommand = {
  use: 'swarm',
  short: 'Manage Swarm',
  args: noArgs,
  annotations: { swarm: '' },
  subcommands: [swarmCaCommand, swarmInitCommand, swarmJoinCommand, swarmJoinTokenCommand, swarmLeaveCommand, swarmUnlockCommand, swarmUnlockKeyCommand, swarmUpdateCommand],
};
