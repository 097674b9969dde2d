/**
 * @module
 * Where a stage starts and where `COPY --from` reads (moby `imageSources.Get`,
 * `GetImageAndReleasableLayer`): a built stage's image (local only), `scratch` (nothing), or an
 * image — the local one unless `--pull`, else pulled through the daemon's distribution service
 * with the pull's progress messages interleaved in the build stream, as the classic builder does.
 */
import { isDockerError } from '../../core/errors.js';
import type { JsonMessage } from '../../image/json-message.js';
import type { ImageRecord } from '../../image/records.js';
import type { ImageService } from '../../image/service.js';
import { familiarName } from '../../reference/format.js';
import { parseNormalizedNamed } from '../../reference/parse.js';
import { registryHostname, type AuthConfig } from '../../registry/auth.js';
import type { DistributionService } from '../../registry/distribution.js';

/** What image sources need: the image store and pulls. */
export interface ImageSourceEnv {
  readonly images: ImageService;
  readonly distribution: DistributionService;
  /** Credentials by registry host (`X-Registry-Config`). */
  readonly authConfigs?: Readonly<Record<string, AuthConfig>>;
  readonly out: (m: JsonMessage) => void;
}

/** Pulls `name` (tag `latest` when none), forwarding the progress; throws the pull's error. */
async function pull(env: ImageSourceEnv, name: string, platform: string | undefined): Promise<void> {
  const ref = parseNormalizedNamed(name);
  const auth = Object.entries(env.authConfigs ?? {}).find(([server]) => registryHostname(server) === ref.domain)?.[1];
  const messages = env.distribution.pull({
    fromImage: familiarName(ref),
    tag: ref.digest ?? ref.tag ?? 'latest',
    ...(platform ? { platform } : {}),
    ...(auth ? { authconfig: auth } : {}),
  });
  for await (const m of messages) {
    if (m.errorDetail) throw new Error(m.errorDetail.message);
    env.out(m);
  }
}

/** The image `name` for a FROM or `COPY --from`: local (unless `forcePull`), else pulled. */
export async function getBaseImage(env: ImageSourceEnv, name: string, options: { readonly forcePull: boolean; readonly platform?: string }): Promise<ImageRecord> {
  if (!options.forcePull) {
    try {
      return env.images.get(name);
    } catch (e) {
      if (!isDockerError(e, 'NotFound')) throw e;
    }
  }
  await pull(env, name, options.platform);
  return env.images.get(name);
}
