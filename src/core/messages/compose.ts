/**
 * @module
 * Docker Compose's message texts for loading a project (compose-go `loader`, `cli`, `template`,
 * `interpolation`, `schema`, `graph`; docker/compose `pkg/compose`). Compose prints these after
 * its own prefix; the functions return the bare text in a {@link DockerError}.
 */
import { DockerError } from '../errors.js';

/** An error Compose itself reports (printed bare by the CLI, without the daemon's prefix). */
export class ComposeError extends DockerError {}

const invalid = (message: string): DockerError => new ComposeError('InvalidParameter', message);

/** compose-go `errdefs.ErrInvalid`, the suffix of most consistency errors. */
export const INVALID_COMPOSE_PROJECT = 'invalid compose project';

/** No compose file found by discovery (compose-go `cli/options.go`). */
export const noConfigurationFile = (): DockerError => new ComposeError('NotFound', 'no configuration file provided: not found');

/** A compose file or env file that cannot be opened (Go `os.ReadFile`). */
export const fileNotFound = (op: 'open' | 'stat', path: string): DockerError =>
  new ComposeError('NotFound', `${op} ${path}: no such file or directory`);

/** `--env-file` naming a missing file (compose-go `dotenv.GetEnvFromFile`). */
export const envFileMissing = (path: string): DockerError => new ComposeError('NotFound', `couldn't find env file: ${path}`);

/** A `.env` file that does not parse. */
export const envFileUnreadable = (path: string, reason: string): DockerError => invalid(`failed to read ${path}: ${reason}`);

/** A service `env_file` that is required but absent. */
export const serviceEnvFileNotFound = (path: string): DockerError =>
  new ComposeError('NotFound', `env file ${path} not found: stat ${path}: no such file or directory`);

/** A project that resolves to no name at all. */
export const projectNameEmpty = (): DockerError => invalid('project name must not be empty');

/** `-p` or `COMPOSE_PROJECT_NAME` that is not already normalized. */
export const invalidProjectName = (name: string): DockerError =>
  invalid(
    `invalid project name ${JSON.stringify(name)}: must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
  );

/** Every file was empty. */
export const emptyComposeFile = (): DockerError => invalid('empty compose file');

/** A document whose top level is not a mapping. */
export const topLevelNotMapping = (): DockerError => invalid('top-level object must be a mapping');

/** A YAML syntax error, duplicate key or non-string key in one file. */
export const failedToParse = (file: string, reason: string): DockerError => invalid(`failed to parse ${file}: ${reason}`);

/** A schema violation in one file (compose-go `schema.Validate`, santhosh-tekuri/jsonschema texts). */
export const validating = (file: string, reason: string): DockerError => invalid(`validating ${file}: ${reason}`);

/** A `${` that does not form a valid variable reference. */
export const invalidInterpolation = (path: string, template: string): DockerError =>
  invalid(`invalid interpolation format for ${path}.\nYou may need to escape any $ with another $.\n${template}`);

/** `${VAR?err}` / `${VAR:?err}` on a missing variable, or a failed type cast. */
export const interpolationFailed = (path: string, reason: string): DockerError =>
  invalid(`error while interpolating ${path}: ${reason}`);

/** compose-go `template.MissingRequiredError`. */
export const requiredVariableMissing = (name: string, reason: string): string =>
  reason === '' ? `required variable ${name} is missing a value` : `required variable ${name} is missing a value: ${reason}`;

/** A project-level rule of compose-go's `checkConsistency` (and friends) was broken. */
export const inconsistentProject = (reason: string): DockerError => invalid(reason);

/** `service "x" has neither an image nor a build context specified: invalid compose project`. */
export const neitherImageNorBuild = (service: string): DockerError =>
  invalid(`service ${JSON.stringify(service)} has neither an image nor a build context specified: ${INVALID_COMPOSE_PROJECT}`);

/** `service "web" refers to undefined network front: invalid compose project`. */
export const undefinedNetwork = (service: string, network: string): DockerError =>
  invalid(`service ${JSON.stringify(service)} refers to undefined network ${network}: ${INVALID_COMPOSE_PROJECT}`);

/** `service "web" refers to undefined volume data: invalid compose project`. */
export const undefinedVolume = (service: string, volume: string): DockerError =>
  invalid(`service ${JSON.stringify(service)} refers to undefined volume ${volume}: ${INVALID_COMPOSE_PROJECT}`);

/** `service "web" depends on undefined service "db": invalid compose project`. */
export const undefinedDependency = (service: string, dependency: string): DockerError =>
  invalid(`service ${JSON.stringify(service)} depends on undefined service ${JSON.stringify(dependency)}: ${INVALID_COMPOSE_PROJECT}`);

/** `dependency cycle detected: a -> b -> a` (compose-go `graph/cycle.go`). */
export const dependencyCycle = (path: readonly string[]): DockerError => invalid(`dependency cycle detected: ${path.join(' -> ')}`);

/** A selected service that does not exist (compose-go `Project.GetService`). */
export const noSuchService = (name: string): DockerError => new ComposeError('NotFound', `no such service: ${name}`);

/**
 * Two services with the same `container_name` (compose-go `CheckContainerNameUnicity`). Compose
 * prints the value of a `Set` entry, which is Go's empty struct `{}`, and a stray quote; so do we.
 */
export const containerNameInUse = (service: string, containerName: string): DockerError =>
  invalid(`services.${service}: container name ${JSON.stringify(containerName)} is already in use by service {}"`);

// ---------------------------------------------------------------------------------------------
// Running a project (docker/compose `pkg/compose`).

/** `network front declared as external, but could not be found`. */
export const externalNetworkNotFound = (name: string): DockerError => new ComposeError('NotFound', `network ${name} declared as external, but could not be found`);

/** A network create the daemon refused. */
export const networkFailedToCreate = (name: string, reason: string): DockerError => new ComposeError('Internal', `failed to create network ${name}: ${reason}`);

/** A same-named network whose `com.docker.compose.network` label names another key. */
export const networkWrongLabel = (name: string, label: string, actual: string, expected: string): DockerError =>
  invalid(`network ${name} was found but has incorrect label ${label} set to ${JSON.stringify(actual)} (expected: ${JSON.stringify(expected)})`);

/** `external volume "data" not found`. */
export const externalVolumeNotFound = (name: string): DockerError => new ComposeError('NotFound', `external volume ${JSON.stringify(name)} not found`);

/** A `service_healthy` dependency whose container failed (`dependency failed to start: container x is unhealthy`). */
export const dependencyFailedToStart = (reason: string): DockerError => new ComposeError('Internal', `dependency failed to start: ${reason}`);

/** `service "init" didn't complete successfully: exit 1`. */
export const dependencyNotCompleted = (dependency: string, code: number): DockerError =>
  new ComposeError('Internal', `service ${JSON.stringify(dependency)} didn't complete successfully: exit ${code}`);

/** A required dependency without containers. */
export const missingDependency = (service: string, dependency: string): DockerError => new ComposeError('Internal', `${service} is missing dependency ${dependency}`);

/** `--wait-timeout` or a dependency wait ran out. */
export const dependencyTimeout = (): DockerError => new ComposeError('Internal', 'timeout waiting for dependencies');

/** `service "web" has no container to start`. */
export const noContainerToStart = (service: string): DockerError => new ComposeError('NotFound', `service ${JSON.stringify(service)} has no container to start`);

/** Scaling a service that has a `container_name` (Compose's doubledContainerNameWarning, an error). */
export const scaledContainerName = (service: string, name: string): DockerError =>
  invalid(
    `WARNING: The ${JSON.stringify(service)} service is using the custom container name ${JSON.stringify(name)}. Docker requires each container to have a unique name. Remove the custom name to scale the service.\n`,
  );

/** `exec`/`port`/`cp` on a service without running container (`service "web" is not running`). */
export const serviceNotRunning = (service: string, index?: number): DockerError =>
  new ComposeError('NotFound', index === undefined ? `service ${JSON.stringify(service)} is not running` : `service ${JSON.stringify(service)} is not running container #${index}`);

/** `port` on a port the container does not publish. */
export const noPortMapping = (port: number, protocol: string, container: string): DockerError => new ComposeError('NotFound', `no port ${port}/${protocol} for container ${container}`);

/** A project name no container, network or volume carries (commands without a compose file). */
export const noContainersForProject = (project: string): DockerError => new ComposeError('NotFound', `no containers found for project ${JSON.stringify(project)}`);

/** `--wait` found a container that exited or became unhealthy. */
export const containerExited = (name: string, code: number): DockerError => new ComposeError('Internal', `container ${name} exited (${code})`);

/** `container x is unhealthy`. */
export const containerUnhealthy = (name: string): DockerError => new ComposeError('Internal', `container ${name} is unhealthy`);

/** `container x has no healthcheck configured`. */
export const noHealthcheck = (name: string): DockerError => new ComposeError('Internal', `container ${name} has no healthcheck configured`);
