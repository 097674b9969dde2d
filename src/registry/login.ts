/**
 * @module
 * `docker login` (`POST /auth`): checks credentials against the registry's accounts (the client,
 * not the daemon, keeps them afterwards, as the CLI writes config.json). A registry without
 * accounts accepts anything, as a registry:2 without htpasswd does.
 */
import { hubLoginFailed, loginFailed } from '../core/messages/registry.js';
import { identify, registryHostname, type AuthConfig, type AuthResponse } from './auth.js';
import type { DistributionEnv } from './env.js';
import { findRegistry, registryUrl } from './endpoint.js';

/** Checks credentials; resolves with Docker's answer or rejects with its error. */
export async function runLogin(env: DistributionEnv, auth: AuthConfig): Promise<AuthResponse> {
  const hostname = registryHostname(auth.serveraddress);
  const registry = findRegistry(env.world(), hostname);
  await env.clock.sleep(registry.transfer.latency);
  const identity = identify(registry, auth);
  if (identity.kind === 'invalid' || (identity.kind === 'anonymous' && (registry.requireAuth || registry.namespaces))) {
    throw registry.namespaces ? hubLoginFailed() : loginFailed(registryUrl(hostname));
  }
  return { Status: 'Login Succeeded', IdentityToken: '' };
}
