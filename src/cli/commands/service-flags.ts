/**
 * @module
 * The flags `docker service create` and `docker service update` share (docker/cli
 * `service/opts.go` `addServiceFlags`).
 */
import { flag, type FlagSpec } from '../grammar/flag.js';

/** Flags common to `docker service create` and `docker service update`. */
export const serviceFlags: readonly FlagSpec[] = [
  flag.list('cap-add', '', 'Add Linux capabilities'),
  flag.list('cap-drop', '', 'Drop Linux capabilities'),
  flag.string('credential-spec', '', 'Credential spec for managed service account (Windows only)', { type: 'credential-spec' }),
  flag.bool('detach', 'd', 'Exit immediately instead of waiting for the service to converge'),
  flag.string('entrypoint', '', 'Overwrite the default ENTRYPOINT of the image', { type: 'command' }),
  flag.string('health-cmd', '', 'Command to run to check health'),
  flag.duration('health-interval', '', 'Time between running the check (ms|s|m|h)'),
  flag.int('health-retries', '', 'Consecutive failures needed to report unhealthy'),
  flag.duration('health-start-interval', '', 'Time between running the check during the start period (ms|s|m|h)'),
  flag.duration('health-start-period', '', 'Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)'),
  flag.duration('health-timeout', '', 'Maximum time to allow one check to run (ms|s|m|h)'),
  flag.string('hostname', '', 'Container hostname'),
  flag.bool('init', '', 'Use an init inside each service container to forward signals and reap processes'),
  flag.string('isolation', '', 'Service container isolation mode'),
  flag.decimal('limit-cpu', '', 'Limit CPUs'),
  flag.bytes('limit-memory', '', 'Limit Memory'),
  flag.int('limit-pids', '', 'Limit maximum number of processes (default 0 = unlimited)'),
  flag.string('log-driver', '', 'Logging driver for service'),
  flag.list('log-opt', '', 'Logging driver options'),
  flag.uint('max-concurrent', '', 'Number of job tasks to run concurrently (default equal to --replicas)'),
  flag.bool('no-healthcheck', '', 'Disable any container-specified HEALTHCHECK'),
  flag.bool('no-resolve-image', '', 'Do not query the registry to resolve image digest and supported platforms'),
  flag.int('oom-score-adj', '', 'Tune host\'s OOM preferences (-1000 to 1000) '),
  flag.bool('quiet', 'q', 'Suppress progress output'),
  flag.bool('read-only', '', 'Mount the container\'s root filesystem as read only'),
  flag.uint('replicas', '', 'Number of tasks'),
  flag.uint('replicas-max-per-node', '', 'Maximum number of tasks per node (default 0 = unlimited)'),
  flag.decimal('reserve-cpu', '', 'Reserve CPUs'),
  flag.bytes('reserve-memory', '', 'Reserve Memory'),
  flag.uint('restart-max-attempts', '', 'Maximum number of restarts before giving up'),
  flag.duration('restart-window', '', 'Window used to evaluate the restart policy (ns|us|ms|s|m|h)'),
  flag.string('stop-signal', '', 'Signal to stop the container'),
  flag.bool('tty', 't', 'Allocate a pseudo-TTY'),
  flag.string('user', 'u', 'Username or UID (format: <name|uid>[:<group|gid>])'),
  flag.bool('with-registry-auth', '', 'Send registry authentication details to swarm agents'),
  flag.string('workdir', 'w', 'Working directory inside the container'),
];
