/**
 * @module
 * Docker's messages about containers: lookup, names, create validation, the lifecycle guards
 * (moby `daemon/start.go`, `stop.go`, `kill.go`, `pause.go`, `unpause.go`, `delete.go`,
 * `rename.go`, `update.go`, `exec.go`, `commit.go`), list filters and archives. Each returns a
 * {@link DockerError} of the kind moby's errdefs gives it.
 */
import { DockerError } from '../errors.js';

// ---- lookup and names ([moby] daemon/container.go GetContainer, daemon/container/view.go)

/** 404 `No such container: <ref>`. */
export const noSuchContainer = (ref: string): DockerError => new DockerError('NotFound', `No such container: ${ref}`);

/** 400 `invalid name or ID supplied: ""` (Go `%q`). */
export const invalidContainerIdentifier = (ref: string): DockerError =>
  new DockerError('InvalidParameter', `invalid name or ID supplied: ${JSON.stringify(ref)}`);

/** 400 `multiple IDs found with provided prefix: <p>`. */
export const ambiguousContainerPrefix = (prefix: string): DockerError =>
  new DockerError('InvalidParameter', `multiple IDs found with provided prefix: ${prefix}`);

/** 400 `Invalid container name (<name>), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`. */
export const invalidContainerName = (name: string): DockerError =>
  new DockerError('InvalidParameter', `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);

/** The text of moby's `nameConflictError`; `name` carries its leading `/`. */
const nameConflictText = (name: string, id: string): string =>
  `Conflict. The container name ${JSON.stringify(name)} is already in use by container ${JSON.stringify(id)}. You have to remove (or rename) that container to be able to reuse that name.`;

/** 409 name conflict on create. */
export const containerNameConflict = (name: string, id: string): DockerError => new DockerError('Conflict', nameConflictText(name, id));

/** 400 `Neither old nor new names may be empty`. */
export const renameEmpty = (): DockerError => new DockerError('InvalidParameter', 'Neither old nor new names may be empty');

/** 400 `Renaming a container with the same name as its current name`. */
export const renameSameName = (): DockerError =>
  new DockerError('InvalidParameter', 'Renaming a container with the same name as its current name');

/** 409 name conflict on rename (`Error when allocating new name: …`). */
export const renameConflict = (name: string, id: string): DockerError =>
  new DockerError('Conflict', `Error when allocating new name: ${nameConflictText(name, id)}`);

// ---- create validation ([moby] daemon/container.go verifyContainerSettings, daemon/create.go)

/** 400 `no command specified`. */
export const noCommandSpecified = (): DockerError => new DockerError('InvalidParameter', 'no command specified');

/** 400 `can't create 'AutoRemove' container with restart policy`. */
export const autoRemoveWithRestartPolicy = (): DockerError =>
  new DockerError('InvalidParameter', "can't create 'AutoRemove' container with restart policy");

/** 400 for a restart policy with a retry count on a policy other than on-failure. */
export const restartRetryCountNotAllowed = (negative: boolean): DockerError =>
  new DockerError(
    'InvalidParameter',
    `invalid restart policy: maximum retry count can only be used with 'on-failure'${negative ? ' and cannot be negative' : ''}`,
  );

/** 400 `invalid restart policy: maximum retry count cannot be negative`. */
export const restartRetryCountNegative = (): DockerError =>
  new DockerError('InvalidParameter', 'invalid restart policy: maximum retry count cannot be negative');

/** 400 for an unknown restart policy name. */
export const unknownRestartPolicy = (name: string): DockerError =>
  new DockerError(
    'InvalidParameter',
    `invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
  );

/** 400 `<Field> in Healthcheck cannot be less than 1ms`. */
export const healthcheckTooShort = (field: 'Interval' | 'Timeout' | 'StartPeriod' | 'StartInterval'): DockerError =>
  new DockerError('InvalidParameter', `${field} in Healthcheck cannot be less than 1ms`);

/** 400 `Retries in Healthcheck cannot be negative`. */
export const healthcheckRetriesNegative = (): DockerError =>
  new DockerError('InvalidParameter', 'Retries in Healthcheck cannot be negative');

/** 400 for a relative WorkingDir. */
export const workingDirNotAbsolute = (dir: string): DockerError =>
  new DockerError('InvalidParameter', `the working directory '${dir}' is invalid, it needs to be an absolute path`);

/** 400 `invalid environment variable: <entry>` (an entry with an empty name). */
export const invalidEnvironmentVariable = (entry: string): DockerError =>
  new DockerError('InvalidParameter', `invalid environment variable: ${entry}`);

/** 400 `invalid signal: <s>` (moby/sys/signal ParseSignal). */
export const invalidSignal = (signal: string): DockerError => new DockerError('InvalidParameter', `invalid signal: ${signal}`);

/** 400 `invalid port specification: "<p>"`. */
export const invalidPortSpecification = (port: string): DockerError =>
  new DockerError('InvalidParameter', `invalid port specification: ${JSON.stringify(port)}`);

// ---- lifecycle guards ([moby] daemon/*.go; see docker-semantics.md §1.3)

/** 304 `container is already running` (start). */
export const containerAlreadyRunning = (): DockerError => new DockerError('NotModified', 'container is already running');

/** 409 `cannot start a paused container, try unpause instead`. */
export const cannotStartPaused = (): DockerError =>
  new DockerError('Conflict', 'cannot start a paused container, try unpause instead');

/** 409 `container is marked for removal and cannot be started`. */
export const markedForRemoval = (): DockerError =>
  new DockerError('Conflict', 'container is marked for removal and cannot be started');

/** 304 `container is already stopped` (stop). */
export const containerAlreadyStopped = (): DockerError => new DockerError('NotModified', 'container is already stopped');

/** 409 `container <id> is not running`. */
export const containerNotRunning = (id: string): DockerError => new DockerError('Conflict', `container ${id} is not running`);

/** The kill route's wrapper: `cannot kill container: <name>: <cause>` (same kind as the cause). */
export const cannotKill = (name: string, cause: DockerError): DockerError =>
  new DockerError(cause.kind, `cannot kill container: ${name}: ${cause.message}`);

/** 409 `container <id> is already paused`. */
export const containerAlreadyPaused = (id: string): DockerError => new DockerError('Conflict', `container ${id} is already paused`);

/** 409 `Container <id> is restarting, wait until the container is running`. */
export const containerIsRestarting = (id: string): DockerError =>
  new DockerError('Conflict', `Container ${id} is restarting, wait until the container is running`);

/** 500 `Container <id> is not paused` (an untyped error in moby). */
export const containerNotPaused = (id: string): DockerError => new DockerError('Internal', `Container ${id} is not paused`);

/** 500 `Cannot restart container <name>: <cause>`. */
export const cannotRestart = (name: string, cause: DockerError): DockerError =>
  new DockerError('Internal', `Cannot restart container ${name}: ${cause.message}`);

/** 409 `removal of container <name> is already in progress`. */
export const removalInProgress = (name: string): DockerError =>
  new DockerError('Conflict', `removal of container ${name} is already in progress`);

/** 409 `cannot remove container "<name>": container is <state>: stop the container before removing or force remove`. */
export const cannotRemoveRunning = (name: string, state: string): DockerError =>
  new DockerError(
    'Conflict',
    `cannot remove container ${JSON.stringify(name)}: container is ${state}: stop the container before removing or force remove`,
  );

/** 409 `cannot remove container "<name>": container is paused and must be unpaused first`. */
export const cannotRemovePaused = (name: string): DockerError =>
  new DockerError('Conflict', `cannot remove container ${JSON.stringify(name)}: container is paused and must be unpaused first`);

/** `Cannot update container <id>: container is marked for removal and cannot be "update"`. */
export const cannotUpdateRemoving = (id: string): DockerError =>
  new DockerError('Conflict', `Cannot update container ${id}: container is marked for removal and cannot be "update"`);

/** 400 `Cannot update container <id>: Restart policy cannot be updated because AutoRemove is enabled for the container`. */
export const cannotUpdateRestartWithAutoRemove = (id: string): DockerError =>
  new DockerError(
    'InvalidParameter',
    `Cannot update container ${id}: Restart policy cannot be updated because AutoRemove is enabled for the container`,
  );

/** 409 `Container <id> is paused, unpause the container before exec`. */
export const execContainerPaused = (id: string): DockerError =>
  new DockerError('Conflict', `Container ${id} is paused, unpause the container before exec`);

/** 400 for an exec without a command ([moby] api/server/router/container/exec.go). */
export const noExecCommand = (): DockerError => new DockerError('InvalidParameter', 'No exec command specified');

/** 409 when an exec is started again while it runs ([moby] daemon/exec.go). */
export const execAlreadyRunning = (id: string): DockerError => new DockerError('Conflict', `exec command ${id} is already running`);

/** 400 resizing an exec whose process never started ([moby] daemon/resize.go). */
export const execNotStarted = (): DockerError => new DockerError('InvalidParameter', 'exec process is not started');

/** 500 resizing an exec that did not start within ten seconds ([moby] daemon/resize.go). */
export const execSessionTimeout = (): DockerError => new DockerError('Internal', 'timeout waiting for exec session ready');

/** 409 attaching to a paused container ([moby] daemon/attach.go). */
export const attachPaused = (id: string): DockerError => new DockerError('Conflict', `container ${id} is paused, unpause the container before attach`);

/** 400 `docker cp` into something that is not a directory ([moby] daemon/archive.go). */
export const extractionPointNotDirectory = (): DockerError => new DockerError('InvalidParameter', 'extraction point is not a directory');

/** A tar entry that would land outside the extraction directory (go-archive breakoutError). */
export const archiveBreakout = (name: string, dest: string): DockerError => new DockerError('Internal', `${JSON.stringify(name)} is outside of ${JSON.stringify(dest)}`);

/** `noOverwriteDirNonDir`: a tar entry would replace a directory with a file or the reverse. */
export const cannotOverwrite = (existing: 'directory' | 'non-directory', path: string, incoming: string): DockerError =>
  new DockerError('InvalidParameter', `cannot overwrite ${existing} ${JSON.stringify(path)} with ${existing === 'directory' ? 'non-directory' : 'directory'} ${JSON.stringify(incoming)}`);

/** 404 `No such exec instance: <id>`. */
export const noSuchExec = (id: string): DockerError => new DockerError('NotFound', `No such exec instance: ${id}`);

/** 409 `exec command <id> has already run`. */
export const execAlreadyRan = (id: string): DockerError => new DockerError('Conflict', `exec command ${id} has already run`);

/** 409 `You cannot commit container <id> which is Dead`. */
export const commitDead = (id: string): DockerError => new DockerError('Conflict', `You cannot commit container ${id} which is Dead`);

/** 409 `You cannot commit container <id> which is being removed`. */
export const commitRemoving = (id: string): DockerError =>
  new DockerError('Conflict', `You cannot commit container ${id} which is being removed`);

/** 400 `invalid condition: "<c>"` (wait). */
export const invalidWaitCondition = (condition: string): DockerError =>
  new DockerError('InvalidParameter', `invalid condition: ${JSON.stringify(condition)}`);

// ---- list filters ([moby] daemon/list.go, daemon/internal/filters)

/** 400 `invalid filter 'status=<v>': invalid value for state (<v>): must be one of …`. */
export const invalidStatusFilter = (value: string): DockerError =>
  new DockerError(
    'InvalidParameter',
    `invalid filter 'status=${value}': invalid value for state (${value}): must be one of created, running, paused, restarting, removing, exited, dead`,
  );

/** 400 `invalid filter 'health=<v>': invalid value for health (<v>): must be one of none, starting, healthy, unhealthy`. */
export const invalidHealthFilter = (value: string): DockerError =>
  new DockerError(
    'InvalidParameter',
    `invalid filter 'health=${value}': invalid value for health (${value}): must be one of none, starting, healthy, unhealthy`,
  );

/** 400 `invalid filter 'exited=<v>': strconv.Atoi: parsing "<v>": invalid syntax`. */
export const invalidExitedFilter = (value: string): DockerError =>
  new DockerError('InvalidParameter', `invalid filter 'exited=${value}': strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`);

/** 400 `invalid filter 'is-task=[<values>]'` (a boolean filter that is neither true nor false). */
export const invalidBoolFilter = (name: string, values: readonly string[]): DockerError =>
  new DockerError('InvalidParameter', `invalid filter '${name}=[${values.join(' ')}]'`);

/** 400 `filter for '<key>' should not contain ':': <value>`. */
export const portFilterWithColon = (key: string, value: string): DockerError =>
  new DockerError('InvalidParameter', `filter for '${key}' should not contain ':': ${value}`);

// ---- archives ([moby] daemon/archive.go)

/** 404 `Could not find the file <path> in container <name>`. */
export const fileNotFoundInContainer = (path: string, name: string): DockerError =>
  new DockerError('NotFound', `Could not find the file ${path} in container ${name}`);

/** 400 for a main process that cannot be exec'd (OCI runtime text; the CLI maps it to 126/127). */
export const startFailed = (detail: string): DockerError =>
  new DockerError(
    'InvalidParameter',
    `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${detail}: unknown`,
  );

/**
 * 404 `No such image: <ref>` when a create names an image the daemon lacks (`:latest` added to an
 * untagged reference). The image layer owns reference parsing; this is the fallback wording.
 */
export const noSuchImageForContainer = (ref: string): DockerError => {
  const lastSlash = ref.lastIndexOf('/');
  const tagged = ref.includes('@') || ref.slice(lastSlash + 1).includes(':') || ref.startsWith('sha256:');
  return new DockerError('NotFound', `No such image: ${tagged ? ref : `${ref}:latest`}`);
};
