/**
 * @module
 * The API version window (moby `middleware.VersionMiddleware`): a request's version comes from
 * its `/v1.xx` path prefix (unversioned paths get the newest), and must lie between 1.24 and
 * 1.50; outside it the daemon answers 400 "client version X is too new/old". It also stamps every
 * routed response with `Server`, `Api-Version` and `Ostype`, and `Docker-Experimental` once the
 * version is accepted.
 */
import * as messages from '../core/messages/index.js';
import { API_VERSION, ENGINE_VERSION, MIN_API_VERSION } from '../daemon/version.js';

/** Go's `versions.compare`: dotted numbers compared part by part, missing parts as 0. */
export function compareVersions(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = Number.parseInt(x[i] ?? '0', 10) || 0;
    const q = Number.parseInt(y[i] ?? '0', 10) || 0;
    if (p !== q) return p > q ? 1 : -1;
  }
  return 0;
}

/** The request's API version: the path's, or the newest when unversioned; throws outside the window. */
export function negotiateVersion(pathVersion: string | undefined): string {
  const version = pathVersion ?? API_VERSION;
  if (compareVersions(version, MIN_API_VERSION) < 0) throw messages.clientVersionTooOld(version, MIN_API_VERSION);
  if (compareVersions(version, API_VERSION) > 0) throw messages.clientVersionTooNew(version, API_VERSION);
  return version;
}

/** Headers the version middleware puts on every routed response, accepted or not. */
export const SERVER_HEADERS: Readonly<Record<string, string>> = {
  'Api-Version': API_VERSION,
  Ostype: 'linux',
  Server: `Docker/${ENGINE_VERSION} (linux)`,
};

/** The header the experimental middleware adds once the version is accepted. */
export const EXPERIMENTAL_HEADER: Readonly<Record<string, string>> = { 'Docker-Experimental': 'false' };
