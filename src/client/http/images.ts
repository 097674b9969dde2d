/**
 * @module
 * The image and registry operations of {@link DockerClient} over HTTP: the local store's verbs,
 * save and load, and pull, push and login. Like the docker CLI, the client keeps its logins and
 * sends the one for the image's registry as `X-Registry-Auth` (`e30=`, `{}`, when it has none).
 */
import type { Filters } from '../../image/filters.js';
import type { HistoryResponseItem } from '../../image/history.js';
import type { ImageInspect } from '../../image/inspect.js';
import type { JsonMessage } from '../../image/json-message.js';
import type { ImageSummary } from '../../image/list.js';
import type { ImagePruneResponse } from '../../image/prune.js';
import type { DeleteResponseItem } from '../../image/remove.js';
import type { AuthResponse } from '../../registry/auth.js';
import type { ImageSearchResult } from '../../registry/search.js';
import type { DistributionInspect } from '../../registry/inspect.js';
import { CredentialStore } from '../credentials.js';
import type { ImageApi, ImageListParams } from '../image-api.js';
import { messageError } from '../wire/json-message.js';
import { encodeRegistryAuth, REGISTRY_AUTH_HEADER } from '../wire/registry-auth.js';
import { encodeFilters } from './filters.js';
import { segment, type HttpTransport } from './transport.js';

/** A whole JSON message stream; an `errorDetail` in it (a failed load) becomes the error. */
async function messagesOf(response: Response): Promise<JsonMessage[]> {
  const text = await response.text();
  const messages = text.split('\n').map((line) => line.trim()).filter((line) => line !== '').map((line) => JSON.parse(line) as JsonMessage);
  for (const message of messages) {
    const error = messageError(message);
    if (error) throw error;
  }
  return messages;
}

/** The image operations over `transport`, with their own credential store. */
export function imageOperations(transport: HttpTransport): ImageApi {
  const credentials = new CredentialStore();
  const path = (name: string, action: string) => `/images/${segment(name)}${action}`;
  return {
    credentials,
    imageList: (params: ImageListParams = {}) =>
      transport.json<ImageSummary[]>('GET', '/images/json', { query: { all: params.all || undefined, filters: encodeFilters(params.filters), 'shared-size': params.sharedSize || undefined } }),
    imageInspect: (name) => transport.json<ImageInspect>('GET', path(name, '/json')),
    imageHistory: (name) => transport.json<HistoryResponseItem[]>('GET', path(name, '/history')),
    imageTag: (name, params) => transport.empty('POST', path(name, '/tag'), { query: { repo: params.repo, tag: params.tag } }),
    imageDelete: (name, params = {}) =>
      transport.json<DeleteResponseItem[]>('DELETE', `/images/${segment(name)}`, { query: { force: params.force || undefined, noprune: params.noprune || undefined } }),
    imagePrune: (params: { readonly filters?: Filters } = {}) => transport.json<ImagePruneResponse>('POST', '/images/prune', { query: { filters: encodeFilters(params.filters) } }),
    imagePull: (params) =>
      transport.jsonStream(
        'POST',
        '/images/create',
        {
          query: { fromImage: params.fromImage, tag: params.tag, platform: params.platform },
          headers: { [REGISTRY_AUTH_HEADER]: encodeRegistryAuth(params.authconfig ?? credentials.forImage(params.fromImage)) },
        },
        (value) => value as JsonMessage,
      ),
    imagePush: (name, params = {}) =>
      transport.jsonStream(
        'POST',
        path(name, '/push'),
        { query: { tag: params.tag }, headers: { [REGISTRY_AUTH_HEADER]: encodeRegistryAuth(params.authconfig ?? credentials.forImage(name)) } },
        (value) => value as JsonMessage,
      ),
    imageGet: (names) => transport.bytes('GET', '/images/get', { query: { names: typeof names === 'string' ? [names] : names } }),
    imageLoad: async (archive, params = {}) =>
      messagesOf(await transport.send('POST', '/images/load', { query: { quiet: params.quiet ?? false }, body: { bytes: archive, contentType: 'application/x-tar' } })),
    imageImport: async (tar, options = {}) =>
      messagesOf(
        await transport.send('POST', '/images/create', {
          query: { fromSrc: '-', repo: options.repo, tag: options.tag, message: options.message, changes: options.changes, platform: options.platform },
          body: { bytes: tar, contentType: 'application/x-tar' },
        }),
      ),
    distributionInspect: (name, params = {}) =>
      transport.json<DistributionInspect>('GET', `/distribution/${segment(name)}/json`, {
        headers: { [REGISTRY_AUTH_HEADER]: encodeRegistryAuth(params.authconfig ?? credentials.forImage(name)) },
      }),
    imageSearch: (options) =>
      transport.json<ImageSearchResult[]>('GET', '/images/search', {
        query: { term: options.term, limit: options.limit, filters: encodeFilters(options.filters) },
        headers: { [REGISTRY_AUTH_HEADER]: encodeRegistryAuth(credentials.forImage(options.term)) },
      }),
    async systemAuth(auth) {
      const response = await transport.json<AuthResponse>('POST', '/auth', { json: auth });
      credentials.set(auth.serveraddress, auth);
      return response;
    },
  };
}
