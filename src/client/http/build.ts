/**
 * @module
 * The build operations of {@link DockerClient} over HTTP, sent as the docker CLI's legacy builder
 * sends them: `POST /build` with the context as a tar body (`application/x-tar`), `t` repeated,
 * `buildargs` and `labels` as JSON, booleans as `1`/`0`, credentials in `X-Registry-Config`
 * (URL-safe base64 JSON by registry); `POST /build/prune`. dockersim-only options (`sourceDate`,
 * `buildKitFlags`) have no wire form and are not sent.
 */
import { contextToSend } from '../../build/classic/context.js';
import { contextTree } from '../../build/classic/context-input.js';
import type { BuildPruneResponse } from '../../build/classic/service.js';
import { toBase64 } from '../../core/base64.js';
import { treeToTar } from '../../fs/tar-write.js';
import type { BuildApi, BuildPruneParams, ImageBuildParams } from '../build-api.js';
import type { BuildContextInput } from '../../build/classic/context-input.js';
import type { JsonMessage } from '../../image/json-message.js';
import type { HttpTransport } from './transport.js';

/** The tar a context is sent as. */
function contextBytes(context: BuildContextInput, dockerfile: string | undefined): Uint8Array {
  if ('tar' in context) return context.tar;
  return treeToTar(contextToSend(contextTree(context), dockerfile));
}

/** The build operations over `transport`. */
export function buildOperations(transport: HttpTransport): BuildApi {
  return {
    imageBuild: (context: BuildContextInput, params: ImageBuildParams = {}) => {
      const auth = params.authConfigs ? toBase64(new TextEncoder().encode(JSON.stringify(params.authConfigs))).replace(/\+/g, '-').replace(/\//g, '_') : undefined;
      return transport.jsonStream(
        'POST',
        '/build',
        {
          query: {
            dockerfile: params.dockerfile,
            t: params.tags,
            buildargs: params.buildArgs ? JSON.stringify(params.buildArgs) : undefined,
            labels: params.labels ? JSON.stringify(params.labels) : undefined,
            target: params.target,
            nocache: params.noCache,
            pull: params.pull ? '1' : undefined,
            q: params.quiet,
            rm: params.rm ?? true,
            forcerm: params.forceRm,
            platform: params.platform,
          },
          body: { bytes: contextBytes(context, params.dockerfile), contentType: 'application/x-tar' },
          ...(auth ? { headers: { 'X-Registry-Config': auth } } : {}),
        },
        (value) => value as JsonMessage,
      );
    },
    buildPrune: (params: BuildPruneParams = {}) => transport.json<BuildPruneResponse>('POST', '/build/prune', { query: { all: params.all } }),
  };
}
