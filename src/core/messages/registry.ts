/**
 * @module
 * Messages of pulls, pushes and logins (moby `daemon/internal/distribution`, `registry/auth.go`,
 * distribution's error codes rendered as Go does: `<code in words>: <message>`).
 */
import { DockerError } from '../errors.js';

/** `pull access denied for <name>, repository does not exist or may require 'docker login': denied: requested access to the resource is denied` (404). */
export const pullAccessDenied = (familiarName: string): DockerError =>
  new DockerError(
    'NotFound',
    `pull access denied for ${familiarName}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
  );

/** `manifest for <name>:<tag> not found: manifest unknown: manifest unknown` (404). */
export const manifestUnknown = (familiarRef: string): DockerError =>
  new DockerError('NotFound', `manifest for ${familiarRef} not found: manifest unknown: manifest unknown`);

/** `no matching manifest for linux/arm64/v8 in the manifest list entries` (404). */
export const noMatchingManifest = (platform: string): DockerError =>
  new DockerError('NotFound', `no matching manifest for ${platform} in the manifest list entries`);

/** `denied: requested access to the resource is denied` (a push the registry refuses). */
export const accessDenied = (): DockerError => new DockerError('Forbidden', 'denied: requested access to the resource is denied');

/** `unauthorized: authentication required` (401). */
export const authenticationRequired = (): DockerError => new DockerError('Unauthorized', 'unauthorized: authentication required');

/** `<Method> "https://host/v2/…": no basic auth credentials`: a registry that wants a login got none. */
export const noBasicAuthCredentials = (method: string, url: string): DockerError =>
  new DockerError('Unauthorized', `${method} ${JSON.stringify(url)}: no basic auth credentials`);

/** `Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password` (Docker Hub login). */
export const hubLoginFailed = (): DockerError =>
  new DockerError('Unauthorized', 'Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password');

/** `login attempt to https://host/v2/ failed with status: 401 Unauthorized` (other registries). */
export const loginFailed = (url: string): DockerError => new DockerError('Unauthorized', `login attempt to ${url} failed with status: 401 Unauthorized`);

/** `Get "https://host/v2/": dial tcp: lookup host: no such host` / `connection refused`: no registry answers there. */
export const registryUnreachable = (url: string, detail: string): DockerError => new DockerError('Internal', `Get ${JSON.stringify(url)}: ${detail}`);

/** `An image does not exist locally with the tag: <name>` (push of an unknown repository). */
export const noLocalImage = (familiarName: string): DockerError => new DockerError('NotFound', `An image does not exist locally with the tag: ${familiarName}`);

/** `tag does not exist: <name>:<tag>` (push of a missing tag). */
export const tagDoesNotExist = (familiarRef: string): DockerError => new DockerError('NotFound', `tag does not exist: ${familiarRef}`);

/** `cannot push a digest reference`. */
export const cannotPushDigest = (): DockerError => new DockerError('InvalidParameter', 'cannot push a digest reference');

/** `no tags to push for <name>`. */
export const noTagsToPush = (familiarName: string): DockerError => new DockerError('NotFound', `no tags to push for ${familiarName}`);
