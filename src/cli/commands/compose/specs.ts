/**
 * @module
 * The grammar of `docker compose` (the Compose 2.36 CLI plugin, docker/compose `cmd/compose/*.go`):
 * global options and each subcommand's use line, description and flags. The plugin is not
 * installed beside this CLI, so texts follow Compose's cobra definitions and reference docs.
 */
import { flag, type FlagSpec } from '../../grammar/flag.js';
import { array, type Spec } from './flag-kinds.js';
import { RUN_SPEC, UP_SPEC } from './specs-up-run.js';


/** `docker compose [OPTIONS]`: the global options every subcommand inherits. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  flag.bool('all-resources', '', 'Include all resources, even those not used by services'),
  flag.string('ansi', '', 'Control when to print ANSI control characters ("never"|"always"|"auto")', { def: 'auto', initial: 'auto' }),
  flag.bool('compatibility', '', 'Run compose in backward compatibility mode'),
  flag.bool('dry-run', '', 'Execute command in dry run mode'),
  array('env-file', '', 'Specify an alternate environment file'),
  array('file', 'f', 'Compose configuration files'),
  flag.int('parallel', '', 'Control max parallelism, -1 for unlimited', { def: '-1', initial: -1 }),
  array('profile', '', 'Specify a profile to enable'),
  flag.string('progress', '', 'Set type of progress output (auto, tty, plain, json, quiet)'),
  flag.string('project-directory', '', 'Specify an alternate working directory\n(default: the path of the, first specified, Compose file)'),
  flag.string('project-name', 'p', 'Project name'),
];


const timeout = (def?: number) => flag.int('timeout', 't', 'Specify a shutdown timeout in seconds', def === undefined ? {} : { def: String(def), initial: def });

/** Every subcommand, by name. */
export const SUBCOMMANDS: Readonly<Record<string, Spec>> = {
  build: { use: 'build [OPTIONS] [SERVICE...]', short: 'Build or rebuild services', flags: [array('build-arg', '', 'Set build-time variables for services'), flag.bool('no-cache', '', 'Do not use cache when building the image'), flag.bool('pull', '', 'Always attempt to pull a newer version of the image'), flag.bool('quiet', 'q', "Don't print anything to STDOUT"), flag.bool('with-dependencies', '', 'Also build dependencies (transitively)')] },
  config: {
    use: 'config [OPTIONS] [SERVICE...]',
    short: 'Parse, resolve and render compose file in canonical format',
    flags: [
      flag.string('format', '', 'Format the output. Values: [yaml | json]', { def: 'yaml', initial: 'yaml' }),
      flag.string('hash', '', 'Print the service config hash, one per line.'),
      flag.bool('images', '', 'Print the image names, one per line.'),
      flag.bool('networks', '', 'Print the network names, one per line.'),
      flag.bool('no-consistency', '', "Don't check model consistency - warning: may produce invalid Compose output"),
      flag.bool('no-interpolate', '', "Don't interpolate environment variables"),
      flag.string('output', 'o', 'Save to file (default to stdout)'),
      flag.bool('profiles', '', 'Print the profile names, one per line.'),
      flag.bool('quiet', 'q', 'Only validate the configuration, don\'t print anything'),
      flag.bool('services', '', 'Print the service names, one per line.'),
      flag.bool('volumes', '', 'Print the volume names, one per line.'),
    ],
  },
  create: { use: 'create [OPTIONS] [SERVICE...]', short: 'Creates containers for a service', flags: [flag.bool('build', '', 'Build images before starting containers'), flag.bool('force-recreate', '', "Recreate containers even if their configuration and image haven't changed"), flag.bool('no-build', '', "Don't build an image, even if it's policy"), flag.bool('no-recreate', '', "If containers already exist, don't recreate them. Incompatible with --force-recreate."), flag.string('pull', '', 'Pull image before running ("always"|"missing"|"never"|"build")', { def: 'policy', initial: 'policy' }), flag.bool('quiet-pull', '', 'Pull without printing progress information'), flag.bool('remove-orphans', '', 'Remove containers for services not defined in the Compose file'), array('scale', '', 'Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present.'), flag.bool('yes', 'y', 'Assume "yes" as answer to all prompts and run non-interactively')] },
  down: { use: 'down [OPTIONS] [SERVICES]', short: 'Stop and remove containers, networks', flags: [flag.bool('remove-orphans', '', 'Remove containers for services not defined in the Compose file'), flag.string('rmi', '', 'Remove images used by services. "local" remove only images that don\'t have a custom tag ("local"|"all")'), timeout(), flag.bool('volumes', 'v', 'Remove named volumes declared in the "volumes" section of the Compose file and anonymous volumes attached to containers')] },
  events: { use: 'events [OPTIONS] [SERVICE...]', short: 'Receive real time events from containers', flags: [flag.bool('json', '', 'Output events as a stream of json objects'), flag.string('since', '', 'Show all events created since timestamp'), flag.string('until', '', 'Stream events until this timestamp')] },
  exec: { use: 'exec [OPTIONS] SERVICE COMMAND [ARGS...]', short: 'Execute a command in a running container', interspersed: false, flags: [flag.bool('detach', 'd', 'Detached mode: Run command in the background'), array('env', 'e', 'Set environment variables'), flag.int('index', '', 'Index of the container if service has multiple replicas'), flag.bool('interactive', 'i', 'Keep STDIN open even if not attached', { hidden: true, def: 'true', initial: true }), flag.bool('no-TTY', 'T', 'Disable pseudo-TTY allocation. By default `docker compose exec` allocates a TTY.'), flag.bool('privileged', '', 'Give extended privileges to the process'), flag.bool('tty', 't', 'Allocate a pseudo-TTY', { hidden: true, def: 'true', initial: true }), flag.string('user', 'u', 'Run the command as this user'), flag.string('workdir', 'w', 'Path to workdir directory for this command')] },
  images: { use: 'images [OPTIONS] [SERVICE...]', short: 'List images used by the created containers', flags: [flag.string('format', '', 'Format the output. Values: [table | json]', { def: 'table', initial: 'table' }), flag.bool('quiet', 'q', 'Only display IDs')] },
  kill: { use: 'kill [OPTIONS] [SERVICE...]', short: 'Force stop service containers', flags: [flag.bool('remove-orphans', '', 'Remove containers for services not defined in the Compose file'), flag.string('signal', 's', 'SIGNAL to send to the container', { def: 'SIGKILL', initial: 'SIGKILL' })] },
  logs: { use: 'logs [OPTIONS] [SERVICE...]', short: 'View output from containers', flags: [flag.bool('follow', 'f', 'Follow log output'), flag.int('index', '', 'index of the container if service has multiple replicas'), flag.bool('no-color', '', 'Produce monochrome output'), flag.bool('no-log-prefix', '', "Don't print prefix in logs"), flag.string('since', '', 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)'), flag.string('tail', 'n', 'Number of lines to show from the end of the logs for each container', { def: 'all', initial: 'all' }), flag.bool('timestamps', 't', 'Show timestamps'), flag.string('until', '', 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)')] },
  ls: { use: 'ls [OPTIONS]', short: 'List running compose projects', flags: [flag.bool('all', 'a', 'Show all stopped Compose projects'), flag.filter('filter', '', 'Filter output based on conditions provided'), flag.string('format', '', 'Format the output. Values: [table | json]', { def: 'table', initial: 'table' }), flag.bool('quiet', 'q', 'Only display project names')] },
  pause: { use: 'pause [SERVICE...]', short: 'Pause services' },
  port: { use: 'port [OPTIONS] SERVICE PRIVATE_PORT', short: 'Print the public port for a port binding', flags: [flag.int('index', '', 'Index of the container if service has multiple replicas'), flag.string('protocol', '', 'tcp or udp', { def: 'tcp', initial: 'tcp' })] },
  ps: { use: 'ps [OPTIONS] [SERVICE...]', short: 'List containers', flags: [flag.bool('all', 'a', 'Show all stopped containers (including those created by the run command)'), flag.string('filter', '', 'Filter services by a property (supported filters: status)'), flag.string('format', '', 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates', { def: 'table', initial: 'table' }), flag.bool('no-trunc', '', "Don't truncate output"), flag.bool('orphans', '', 'Include orphaned services (not declared by project)', { def: 'true', initial: true }), flag.bool('quiet', 'q', 'Only display IDs'), flag.bool('services', '', 'Display services'), array('status', '', 'Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]')] },
  pull: { use: 'pull [OPTIONS] [SERVICE...]', short: 'Pull service images', flags: [flag.bool('ignore-buildable', '', 'Ignore images that can be built'), flag.bool('ignore-pull-failures', '', 'Pull what it can and ignores images with pull failures'), flag.bool('include-deps', '', 'Also pull services declared as dependencies'), flag.string('policy', '', 'Apply pull policy ("missing"|"always")'), flag.bool('quiet', 'q', 'Pull without printing progress information')] },
  push: { use: 'push [OPTIONS] [SERVICE...]', short: 'Push service images', flags: [flag.bool('ignore-push-failures', '', 'Push what it can and ignores images with push failures'), flag.bool('include-deps', '', 'Also push images of services declared as dependencies'), flag.bool('quiet', 'q', 'Push without printing progress information')] },
  restart: { use: 'restart [OPTIONS] [SERVICE...]', short: 'Restart service containers', flags: [flag.bool('no-deps', '', "Don't restart dependent services"), timeout()] },
  rm: { use: 'rm [OPTIONS] [SERVICE...]', short: 'Removes stopped service containers', flags: [flag.bool('force', 'f', "Don't ask to confirm removal"), flag.bool('stop', 's', 'Stop the containers, if required, before removing'), flag.bool('volumes', 'v', 'Remove any anonymous volumes attached to containers')] },
  run: RUN_SPEC,
  scale: { use: 'scale [SERVICE=REPLICAS...]', short: 'Scale services ', flags: [flag.bool('no-deps', '', "Don't start linked services")] },
  start: { use: 'start [SERVICE...]', short: 'Start services', flags: [flag.bool('wait', '', 'Wait for services to be running|healthy. Implies detached mode.'), flag.int('wait-timeout', '', 'Maximum duration in seconds to wait for the project to be running|healthy')] },
  stop: { use: 'stop [OPTIONS] [SERVICE...]', short: 'Stop services', flags: [timeout()] },
  top: { use: 'top [SERVICES...]', short: 'Display the running processes' },
  unpause: { use: 'unpause [SERVICE...]', short: 'Unpause services' },
  up: UP_SPEC,
  version: { use: 'version [OPTIONS]', short: 'Show the Docker Compose version information', flags: [flag.string('format', 'f', 'Format the output. Values: [pretty | json]. (Default: pretty)'), flag.bool('short', '', 'Shows only Compose\'s version number')] },
};
