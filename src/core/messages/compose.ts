/**
 * @module
 * Docker Compose's message texts for loading a project (compose-go `loader`, `cli`, `template`,
 * `interpolation`, `schema`, `graph`; docker/compose `pkg/compose`). Compose prints these after
 * its own prefix; the functions return the bare text in a {@link DockerError}.
 */
import { DockerError } from '../errors.js';

const invalid = (message: string): DockerError => new DockerError('InvalidParameter', message);

/** compose-go `errdefs.ErrInvalid`, the suffix of most consistency errors. */
export const INVALID_COMPOSE_PROJECT = 'invalid compose project';

/** No compose file found by discovery (compose-go `cli/options.go`). */
export const noConfigurationFile = (): DockerError => new DockerError('NotFound', 'no configuration file provided: not found');

/** A compose file or env file that cannot be opened (Go `os.ReadFile`). */
export const fileNotFound = (op: 'open' | 'stat', path: string): DockerError =>
  new DockerError('NotFound', `${op} ${path}: no such file or directory`);

/** `--env-file` naming a missing file (compose-go `dotenv.GetEnvFromFile`). */
export const envFileMissing = (path: string): DockerError => new DockerError('NotFound', `couldn't find env file: ${path}`);

/** A `.env` file that does not parse. */
export const envFileUnreadable = (path: string, reason: string): DockerError => invalid(`failed to read ${path}: ${reason}`);

/** A service `env_file` that is required but absent. */
export const serviceEnvFileNotFound = (path: string): DockerError =>
  new DockerError('NotFound', `env file ${path} not found: stat ${path}: no such file or directory`);

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
export const noSuchService = (name: string): DockerError => new DockerError('NotFound', `no such service: ${name}`);

/**
 * Two services with the same `container_name` (compose-go `CheckContainerNameUnicity`). Compose
 * prints the value of a `Set` entry, which is Go's empty struct `{}`, and a stray quote; so do we.
 */
export const containerNameInUse = (service: string, containerName: string): DockerError =>
  invalid(`services.${service}: container name ${JSON.stringify(containerName)} is already in use by service {}"`);
