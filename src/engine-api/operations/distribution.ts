/**
 * @module
 * The registry operations (moby `router/image` and `router/system`): `POST /images/create` (pull
 * from a registry; `fromSrc` import is not simulated), `POST /images/{name}/push` and
 * `POST /auth`. Credentials come in `X-Registry-Auth`; an undecodable header means anonymous, as
 * the daemon ignores it. A pull or push that fails before its first message is an HTTP error
 * (404 "pull access denied", 401…); later failures end the stream with `errorDetail`.
 */
import { decodeRegistryAuth, REGISTRY_AUTH_HEADER } from '../../client/wire/registry-auth.js';
import * as messages from '../../core/messages/index.js';
import type { AuthConfig } from '../../registry/auth.js';
import { readBody, readJson } from '../body.js';
import type { ApiContext, OperationHandler } from '../context.js';
import { messageLines } from './images.js';
import type { OperationHandlers } from '../routes.js';
import { json } from '../respond.js';
import { progressStream } from '../streams.js';
import { compareVersions } from '../versions.js';

/**
 * `POST /images/create?fromSrc=-&repo=&tag=&message=&changes=`: the body is the tarball. A URL
 * source would be fetched by the daemon; the simulation has nothing to fetch it from.
 */
async function importImage(ctx: ApiContext): Promise<Response> {
  const q = ctx.query;
  if (q.get('fromSrc') !== '-') throw messages.notSupported('Importing an image from a URL');
  const tar = await readBody(ctx.request, ctx.limits.archive);
  const platform = compareVersions(ctx.version, '1.32') >= 0 ? q.get('platform') : '';
  const changes = q.all('changes');
  const options = {
    ...(q.get('repo') ? { repo: q.get('repo') } : {}),
    ...(q.get('tag') ? { tag: q.get('tag') } : {}),
    ...(q.get('message') ? { message: q.get('message') } : {}),
    ...(changes.length > 0 ? { changes } : {}),
    ...(platform ? { platform } : {}),
  };
  return messageLines(await ctx.docker.imageImport(tar, options));
}

/** `POST /images/create?fromImage=&tag=&platform=` (pull), or `fromSrc` (import). */
const create: OperationHandler = async (ctx) => {
  const q = ctx.query;
  const fromImage = q.get('fromImage');
  if (fromImage === '') return importImage(ctx);
  const tag = q.get('tag');
  const platform = compareVersions(ctx.version, '1.32') >= 0 ? q.get('platform') : '';
  const authconfig = decodeRegistryAuth(ctx.request.headers.get(REGISTRY_AUTH_HEADER));
  // "pull -a" may send a trailing colon.
  const stream = ctx.docker.imagePull({
    fromImage: fromImage.replace(/:$/, ''),
    ...(tag ? { tag } : {}),
    ...(platform ? { platform } : {}),
    ...(authconfig ? { authconfig } : { authconfig: {} }),
  });
  return progressStream(stream);
};

/** `POST /images/{name}/push?tag=`: every local tag of the repository when `tag` is empty. */
const push: OperationHandler = async (ctx) => {
  const tag = ctx.query.get('tag');
  const authconfig = decodeRegistryAuth(ctx.request.headers.get(REGISTRY_AUTH_HEADER));
  const stream = ctx.docker.imagePush(ctx.params['name'] ?? '', { ...(tag ? { tag } : {}), authconfig: authconfig ?? {} });
  return progressStream(stream);
};

/** `POST /auth`: `{Status: "Login Succeeded", IdentityToken}` or the registry's refusal. */
const auth: OperationHandler = async (ctx) => {
  const body = await readJson(ctx.request, ctx.limits.json);
  const config = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as AuthConfig;
  return json(await ctx.docker.systemAuth(config));
};

/** `GET /images/search?term=&limit=&filters=`: a `limit` that is not a number is refused. */
const search: OperationHandler = async (ctx) => {
  const text = ctx.query.get('limit');
  let limit: number | undefined;
  if (text !== '') {
    limit = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
    if (!(limit >= 0)) throw messages.invalidSearchLimit(text);
  }
  return json(await ctx.docker.imageSearch({ term: ctx.query.get('term'), ...(limit ? { limit } : {}), filters: ctx.query.filters() }));
};

/** `GET /distribution/{name}/json` with `X-Registry-Auth`. */
const inspect: OperationHandler = async (ctx) => {
  const authconfig = decodeRegistryAuth(ctx.request.headers.get(REGISTRY_AUTH_HEADER));
  return json(await ctx.docker.distributionInspect(ctx.params['name'] ?? '', { authconfig: authconfig ?? {} }));
};

/** The registry operations. */
export const distributionHandlers: OperationHandlers = {
  DistributionInspect: inspect,
  ImageSearch: search,
  ImageCreate: create,
  ImagePush: push,
  SystemAuth: auth,
};
