/**
 * @module
 * Messages of the classic builder and of the docker CLI's build-context handling (moby
 * `daemon/builder/dockerfile`, docker/cli `cli/command/image/build`), worded as Docker
 * Engine 28 prints them in a `docker build` stream or error.
 */
import { DockerError } from '../errors.js';

/** `forbidden path outside the build context: ../x ()` (a COPY source escaping the context). */
export const forbiddenPathOutsideContext = (instruction: string, path: string): DockerError =>
  new DockerError('Forbidden', `${instruction} failed: forbidden path outside the build context: ${path} ()`);

/** A COPY/ADD source that is not in the context (or was excluded by .dockerignore). */
export const fileNotFoundInContext = (instruction: string, path: string): DockerError =>
  new DockerError('NotFound', `${instruction} failed: file not found in build context or excluded by .dockerignore: stat ${path}: file does not exist`);

/** A `COPY --from` source missing from the stage or image. */
export const fileNotFoundInImage = (instruction: string, path: string): DockerError =>
  new DockerError('NotFound', `${instruction} failed: stat ${path}: file does not exist`);

/** A COPY/ADD whose sources (globs) matched nothing. */
export const noSourceFiles = (instruction: string): DockerError => new DockerError('InvalidParameter', `${instruction} failed: no source files were specified`);

/** Several sources into a destination without a trailing slash. */
export const multipleSourcesNeedDirectory = (instruction: string): DockerError =>
  new DockerError('InvalidParameter', `When using ${instruction} with more than one source file, the destination must be a directory and end with a /`);

/** `COPY http://…`. */
export const copyFromUrl = (): DockerError => new DockerError('InvalidParameter', "COPY failed: source can't be a URL for COPY");

/** A RUN/COPY/ADD flag only BuildKit implements (`--mount`, `--chmod`, …). */
export const requiresBuildKit = (flag: string): DockerError =>
  new DockerError('InvalidParameter', `the --${flag} option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled`);

/** `The command '/bin/sh -c false' returned a non-zero code: 1` — the build fails with that exit code. */
export const commandReturnedNonZero = (command: string, code: number): DockerError =>
  new DockerError('Internal', `The command '${command}' returned a non-zero code: ${code}`);

/** `--target` naming no stage; BuildKit adds a "did you mean" `suggestion`. */
export const targetStageNotFound = (target: string, suggestion = ''): DockerError =>
  new DockerError('InvalidParameter', `target stage "${target}" could not be found${suggestion}`);

/** Two stages with the same name (reported when the second one starts). */
export const stageNameAlreadyUsed = (name: string): DockerError => new DockerError('InvalidParameter', `${name} stage name already used`);

/** `COPY --from=<n>` naming the current stage or one that does not exist. */
export const invalidFromFlag = (from: string, reason: 'refers to current build stage' | 'index out of bounds'): DockerError =>
  new DockerError('InvalidParameter', `invalid from flag value ${from}: ${reason}`);

/** A FROM whose image name expands to nothing. */
export const baseNameBlank = (baseName: string): DockerError =>
  new DockerError('InvalidParameter', `base name (${baseName}) should not be blank`);

/** A build whose Dockerfile produced no image. */
export const noImageGenerated = (): DockerError => new DockerError('Internal', 'No image was generated. Is your Dockerfile empty?');

/** `-f` naming a Dockerfile that is not in the context. */
export const cannotLocateDockerfile = (name: string): DockerError => new DockerError('Internal', `Cannot locate specified Dockerfile: ${name}`);

/** `-t name@sha256:…`. */
export const buildTagDigest = (): DockerError => new DockerError('InvalidParameter', 'build tag cannot contain a digest');

/** A build context listing something inside a file (`a` is a file and `a/b` is listed). */
export const contextNotADirectory = (path: string): DockerError =>
  new DockerError('InvalidParameter', `invalid build context: ${path}: not a directory`);

/** The CLI's context check failed, e.g. on a malformed .dockerignore pattern. */
export const checkingContext = (reason: string): DockerError => new DockerError('InvalidParameter', `checking context: ${reason}`);

/** `COPY --chown=a:b:c`. */
export const invalidChownFormat = (chown: string): DockerError => new DockerError('InvalidParameter', `unable to convert uid/gid chown string to host mapping: invalid chown string format: ${chown}`);

/** `COPY --chown=name` where the image has no such user (or group) in /etc/passwd (/etc/group). */
export const chownLookupFailed = (what: 'uid for user' | 'gid for group', name: string, reason: string): DockerError =>
  new DockerError('InvalidParameter', `unable to convert uid/gid chown string to host mapping: can't find ${what} ${name}: ${reason}`);

/** ADD of a URL whose host does not resolve (dockersim's daemon reaches no outside network). */
export const addDownloadFailed = (url: string, host: string): DockerError =>
  new DockerError('NotFound', `ADD failed: Get "${url}": dial tcp: lookup ${host}: no such host`);

/** `POST /build` with a remote (git or URL) context, which dockersim does not fetch. */
export const remoteContextUnsupported = (remote: string): DockerError =>
  new DockerError('NotImplemented', `remote build contexts are not supported by dockersim: ${remote}`);

/** `POST /build?version=2`: a BuildKit build, which needs a gRPC session dockersim does not serve. */
export const buildkitUnsupported = (): DockerError =>
  new DockerError('NotImplemented', 'BuildKit builds are not supported by dockersim; use the legacy builder (DOCKER_BUILDKIT=0)');
