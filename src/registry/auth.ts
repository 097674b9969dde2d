/**
 * @module
 * Who may do what on a registry. Credentials are checked against the registry's accounts;
 * Docker Hub's rules apply where `namespaces` is on (a user pushes to its own namespace or where
 * it collaborates; private repositories are visible to their owner and collaborators); a
 * registry with `requireAuth` (registry:2 behind htpasswd) lets only known users in, for
 * anything; an open registry lets anyone pull and push.
 */
import type { RegistryState, RepositoryRecord } from './state.js';
import { DOCKER_HUB } from './state.js';

/** Credentials as the Engine API carries them (`X-Registry-Auth`, `POST /auth`). */
export interface AuthConfig {
  readonly username?: string;
  readonly password?: string;
  readonly email?: string;
  /** Registry the credentials are for (`https://index.docker.io/v1/`, `localhost:5000`). */
  readonly serveraddress?: string;
  readonly identitytoken?: string;
  readonly registrytoken?: string;
}

/** The answer of `POST /auth`. */
export interface AuthResponse {
  readonly Status: string;
  readonly IdentityToken?: string;
}

/** Docker Hub's server address as the CLI sends it. */
export const INDEX_SERVER = 'https://index.docker.io/v1/';

/** The registry hostname a server address designates (`https://index.docker.io/v1/` → `docker.io`). */
export function registryHostname(serveraddress: string | undefined): string {
  const address = (serveraddress ?? '').trim();
  if (address === '') return DOCKER_HUB;
  const host = address.replace(/^[a-z]+:\/\//i, '').split('/')[0]!.toLowerCase();
  if (host === 'index.docker.io' || host === 'registry-1.docker.io' || host === 'docker.io' || host === 'registry.hub.docker.com') return DOCKER_HUB;
  return host;
}

/** The result of checking credentials. */
export type Identity =
  /** Known user (or any credentials on a registry without accounts). */
  | { readonly kind: 'user'; readonly user: string }
  | { readonly kind: 'anonymous' }
  /** Credentials that do not match an account. */
  | { readonly kind: 'invalid'; readonly user: string };

/** Checks credentials against a registry's accounts. */
export function identify(state: RegistryState, auth: AuthConfig | undefined): Identity {
  const user = auth?.username;
  if (!user) return { kind: 'anonymous' };
  if (state.users.size === 0 && !state.requireAuth && !state.namespaces) return { kind: 'user', user };
  return state.users.get(user) === auth.password && auth.password !== undefined ? { kind: 'user', user } : { kind: 'invalid', user };
}

function namespaceOf(path: string): string {
  return path.split('/')[0]!;
}

function isMember(repository: RepositoryRecord | undefined, path: string, user: string): boolean {
  return namespaceOf(path) === user || (repository?.collaborators.includes(user) ?? false);
}

/** May `identity` pull from `repository` (undefined: it does not exist)? */
export function canPull(state: RegistryState, path: string, repository: RepositoryRecord | undefined, identity: Identity): boolean {
  if (state.requireAuth && identity.kind !== 'user') return false;
  if (!repository) return false;
  if (!repository.private) return true;
  return identity.kind === 'user' && isMember(repository, path, identity.user);
}

/** May `identity` push to `path`? */
export function canPush(state: RegistryState, path: string, repository: RepositoryRecord | undefined, identity: Identity): boolean {
  if (state.namespaces) return identity.kind === 'user' && isMember(repository, path, identity.user);
  if (state.requireAuth) return identity.kind === 'user';
  return true;
}
