/**
 * @module
 * The `com.docker.compose.config-hash` of a service (docker/compose `ServiceHash`): the sha256 of
 * its JSON with what does not require recreating a container left out (`build`, `pull_policy`,
 * `scale`, `deploy.replicas`, `depends_on`, `profiles`). `up` recreates exactly the containers
 * whose hash changed.
 */
import { sha256Hex } from '../../core/digest.js';
import type { ComposeService } from '../model/service.js';
import { toGoJson } from './go-value.js';
import { marshalService } from './marshal-service.js';

/** The service's config hash (64 hex digits). */
export function serviceConfigHash(service: ComposeService): string {
  const { build: _b, pull_policy: _p, scale: _s, depends_on: _d, profiles: _pr, ...rest } = service;
  const hashed: ComposeService = rest.deploy === undefined ? rest : { ...rest, deploy: { ...rest.deploy, replicas: undefined } };
  return sha256Hex(toGoJson(marshalService(hashed, 'json')));
}
