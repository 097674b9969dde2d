/**
 * @module
 * The grammar of `docker compose up` and `docker compose run` (Compose 2.36, docker/compose
 * `cmd/compose/up.go`, `run.go`): their use lines, descriptions and many flags.
 */
import { flag } from '../../grammar/flag.js';
import { array, type Spec } from './flag-kinds.js';

/** `docker compose up`. */
export const UP_SPEC: Spec = {
    use: 'up [OPTIONS] [SERVICE...]',
    short: 'Create and start containers',
    flags: [
      flag.bool('abort-on-container-exit', '', 'Stops all containers if any container was stopped. Incompatible with -d'),
      flag.bool('always-recreate-deps', '', 'Recreate dependent containers. Incompatible with --no-recreate.'),
      array('attach', '', 'Restrict attaching to the specified services. Incompatible with --attach-dependencies.'),
      flag.bool('attach-dependencies', '', 'Automatically attach to log output of dependent services'),
      flag.bool('build', '', 'Build images before starting containers'),
      flag.bool('detach', 'd', 'Detached mode: Run containers in the background'),
      flag.string('exit-code-from', '', 'Return the exit code of the selected service container. Implies --abort-on-container-exit'),
      flag.bool('force-recreate', '', "Recreate containers even if their configuration and image haven't changed"),
      array('no-attach', '', "Do not attach (stream logs) to the specified services"),
      flag.bool('no-build', '', "Don't build an image, even if it's policy"),
      flag.bool('no-color', '', 'Produce monochrome output'),
      flag.bool('no-deps', '', "Don't start linked services"),
      flag.bool('no-log-prefix', '', "Don't print prefix in logs"),
      flag.bool('no-recreate', '', "If containers already exist, don't recreate them. Incompatible with --force-recreate."),
      flag.bool('no-start', '', "Don't start the services after creating them"),
      flag.string('pull', '', 'Pull image before running ("always"|"missing"|"never")', { def: 'policy', initial: 'policy' }),
      flag.bool('quiet-pull', '', 'Pull without printing progress information'),
      flag.bool('remove-orphans', '', 'Remove containers for services not defined in the Compose file'),
      flag.bool('renew-anon-volumes', 'V', 'Recreate anonymous volumes instead of retrieving data from the previous containers'),
      array('scale', '', 'Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present.'),
      flag.int('timeout', 't', 'Use this timeout in seconds for container shutdown when attached or when containers are already running'),
      flag.bool('timestamps', '', 'Show timestamps'),
      flag.bool('wait', '', 'Wait for services to be running|healthy. Implies detached mode.'),
      flag.int('wait-timeout', '', 'Maximum duration in seconds to wait for the project to be running|healthy'),
      flag.bool('yes', 'y', 'Assume "yes" as answer to all prompts and run non-interactively'),
    ],
  };

/** `docker compose run`. */
export const RUN_SPEC: Spec = {
    use: 'run [OPTIONS] SERVICE [COMMAND] [ARGS...]',
    short: 'Run a one-off command on a service',
    interspersed: false,
    flags: [
      flag.bool('build', '', 'Build image before starting container'),
      flag.bool('detach', 'd', 'Run container in background and print container ID'),
      flag.string('entrypoint', '', 'Override the entrypoint of the image'),
      array('env', 'e', 'Set environment variables'),
      flag.bool('interactive', 'i', 'Keep STDIN open even if not attached', { def: 'true', initial: true }),
      array('label', 'l', 'Add or override a label'),
      flag.string('name', '', 'Assign a name to the container'),
      flag.bool('no-TTY', 'T', 'Disable pseudo-TTY allocation (default: auto-detected)', { def: 'true', initial: true }),
      flag.bool('no-deps', '', "Don't start linked services"),
      array('publish', 'p', "Publish a container's port(s) to the host"),
      flag.bool('remove-orphans', '', 'Remove containers for services not defined in the Compose file'),
      flag.bool('rm', '', 'Automatically remove the container when it exits'),
      flag.bool('service-ports', 'P', "Run command with all service's ports enabled and mapped to the host"),
      flag.bool('use-aliases', '', "Use the service's network useAliases in the network(s) the container connects to"),
      flag.string('user', 'u', 'Run as specified username or uid'),
      flag.string('workdir', 'w', 'Working directory inside the container'),
    ],
  };
