/**
 * @module
 * `GET /distribution/{name}/json` (moby `distributionRouter.getDistributionInfo`): what a registry
 * says about a reference without pulling it — the descriptor of the manifest the tag (default
 * `latest`) or digest names, with the manifest's media type and size, and the platforms it
 * serves: every entry of an index, or the single image's platform read from its config blob.
 * Access is checked as for a pull.
 */
import { DockerError } from '../core/errors.js';
import { tagNameOnly } from '../reference/format.js';
import { parseNormalizedNamed } from '../reference/parse.js';
import type { AuthConfig } from './auth.js';
import type { DistributionEnv } from './env.js';
import { findRegistry } from './endpoint.js';
import { isIndex, parseManifest, type Platform } from './manifest.js';
import { checkAccess } from './pull.js';
import { findBlob } from './view.js';

/** Engine API `DistributionInspect`. */
export interface DistributionInspect {
  readonly Descriptor: { readonly mediaType: string; readonly digest: string; readonly size: number };
  readonly Platforms: readonly Platform[];
}

/** The descriptor and platforms of `name` in its registry. */
export async function inspectDistribution(env: DistributionEnv, name: string, auth: AuthConfig | undefined): Promise<DistributionInspect> {
  if (/^(sha256:)?[0-9a-f]{64}$/.test(name)) throw new DockerError('Internal', 'no manifest found for full image ID');
  const ref = tagNameOnly(parseNormalizedNamed(name));
  const registry = findRegistry(env.world(), ref.domain);
  await env.clock.sleep(registry.transfer.latency);
  const reference = ref.digest ?? ref.tag ?? 'latest';
  const repository = checkAccess(registry, ref, auth, reference);
  const digest = ref.digest ?? repository.tags.get(reference);
  const manifest = digest === undefined ? undefined : repository.manifests.get(digest);
  if (!manifest) throw new DockerError('NotFound', ref.digest ? `manifest unknown: manifest unknown` : `unknown tag=${reference}`);
  const parsed = parseManifest(manifest.raw);
  let platforms: Platform[];
  if (isIndex(parsed)) {
    platforms = parsed.manifests.flatMap((m) => (m.platform ? [m.platform] : []));
  } else {
    const blob = findBlob(registry, parsed.config.digest);
    const config = blob?.kind === 'config' ? (JSON.parse(blob.raw) as Partial<Platform>) : {};
    platforms = config.os || config.architecture ? [{ architecture: config.architecture ?? '', os: config.os ?? '', ...(config.variant ? { variant: config.variant } : {}) }] : [];
  }
  return { Descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: new TextEncoder().encode(manifest.raw).length }, Platforms: platforms };
}
