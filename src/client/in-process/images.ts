/**
 * @module
 * The in-process image operations of {@link DockerClient}: images, pulls, pushes, logins and registry look-ups, called on the
 * daemon directly with the clock held (see ./context.ts).
 */
import type { AuthConfig, AuthResponse } from '../../registry/auth.js';
import type { DeleteResponseItem } from '../../image/remove.js';
import type { DistributionInspect } from '../../registry/inspect.js';
import type { Filters } from '../../image/filters.js';
import type { HistoryResponseItem } from '../../image/history.js';
import type { ImageImportOptions } from '../../daemon/image-import.js';
import type { ImageInspect } from '../../image/inspect.js';
import type { ImageListParams, ImagePullParams, ImagePushParams } from '../image-api.js';
import type { ImagePruneResponse } from '../../image/prune.js';
import type { ImageSearchOptions, ImageSearchResult } from '../../registry/search.js';
import type { ImageSummary } from '../../image/list.js';
import type { JsonMessage } from '../../image/json-message.js';
import { heldIterable } from '../held.js';
import type { DockerClient } from '../docker-client.js';
import type { InProcessContext } from './context.js';

/** The image operations of an in-process client. */
export type InProcessImageOperations = Pick<DockerClient, 'imageList' | 'imageInspect' | 'imageHistory' | 'imageTag' | 'imageDelete' | 'imagePrune' | 'imagePull' | 'imagePush' | 'imageGet' | 'imageLoad' | 'imageImport' | 'distributionInspect' | 'imageSearch' | 'systemAuth'>;

/** Binds the image operations to a daemon. */
export function imageOperations(ctx: InProcessContext): InProcessImageOperations {
  return {
    imageList(params: ImageListParams = {}): Promise<ImageSummary[]> {
      return ctx.call(() => ctx.daemon.images.list(params));
    },

    imageInspect(name: string): Promise<ImageInspect> {
      return ctx.call(() => ctx.daemon.images.inspect(name));
    },

    imageHistory(name: string): Promise<HistoryResponseItem[]> {
      return ctx.call(() => ctx.daemon.images.history(name));
    },

    imageTag(name: string, params: { readonly repo: string; readonly tag?: string }): Promise<void> {
      return ctx.call(() => {
        ctx.daemon.images.tag(name, params.repo, params.tag);
      });
    },

    imageDelete(name: string, params: { readonly force?: boolean; readonly noprune?: boolean } = {}): Promise<DeleteResponseItem[]> {
      return ctx.call(() => ctx.daemon.images.remove(name, params));
    },

    imagePrune(params: { readonly filters?: Filters } = {}): Promise<ImagePruneResponse> {
      return ctx.call(() => ctx.daemon.images.prune(params.filters ?? {}));
    },

    imagePull(params: ImagePullParams): AsyncIterable<JsonMessage> {
      const authconfig = params.authconfig ?? ctx.credentials.forImage(params.fromImage);
      return heldIterable(ctx.daemon.ctx.clock, ctx.daemon.distribution.pull({ ...params, ...(authconfig ? { authconfig } : {}) }));
    },

    imagePush(name: string, params: ImagePushParams = {}): AsyncIterable<JsonMessage> {
      const authconfig = params.authconfig ?? ctx.credentials.forImage(name);
      return heldIterable(ctx.daemon.ctx.clock, ctx.daemon.distribution.push({ name, ...params, ...(authconfig ? { authconfig } : {}) }));
    },

    imageGet(names: string | readonly string[]): Promise<Uint8Array> {
      return ctx.call(() => ctx.daemon.images.save(typeof names === 'string' ? [names] : names));
    },

    imageLoad(archive: Uint8Array, params: { readonly quiet?: boolean } = {}): Promise<JsonMessage[]> {
      return ctx.call(() => ctx.daemon.images.load(archive, params));
    },

    async imageImport(tar: Uint8Array, options?: ImageImportOptions): Promise<JsonMessage[]> {
      return [{ status: await ctx.call(() => ctx.daemon.importImage(tar, options)) }];
    },

    distributionInspect(name: string, params: { readonly authconfig?: AuthConfig } = {}): Promise<DistributionInspect> {
      return ctx.call(() => ctx.daemon.distribution.inspect(name, params.authconfig ?? ctx.credentials.forImage(name)));
    },

    imageSearch(options: ImageSearchOptions): Promise<ImageSearchResult[]> {
      return ctx.call(() => ctx.daemon.distribution.search(options));
    },

    async systemAuth(auth: AuthConfig): Promise<AuthResponse> {
      const response = await ctx.call(() => ctx.daemon.distribution.login(auth));
      ctx.credentials.set(auth.serveraddress, auth);
      return response;
    },
  };
}
