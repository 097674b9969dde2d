/**
 * @module
 * The build operations (moby `router/build`): `POST /build` — the body is the context (a tar,
 * plain or gzip), the query the options (`dockerfile`, `t`…, `buildargs`/`labels` as JSON,
 * `rm` true unless `rm=0`, `forcerm` implying it), `X-Registry-Config` the credentials for
 * pulls; the answer is the classic builder's JSON stream, `\r\n`-separated — or an HTTP error
 * when the build fails before its first message — and `POST /build/prune`.
 */
import { invalidArgument } from '../../core/messages/index.js';
import { buildkitUnsupported, remoteContextUnsupported } from '../../core/messages/build.js';
import { fromBase64 } from '../../core/base64.js';
import type { BuildArgValue } from '../../build/plan/build-args.js';
import type { AuthConfig } from '../../registry/auth.js';
import type { ImageBuildParams } from '../../client/build-api.js';
import type { JsonMessage } from '../../image/json-message.js';
import { readBody } from '../body.js';
import type { ApiContext, OperationHandler } from '../context.js';
import type { OperationHandlers } from '../routes.js';
import { json, jsonLines } from '../respond.js';

function jsonRecord<T>(ctx: ApiContext, key: string, what: string): Record<string, T> | undefined {
  const text = ctx.query.get(key);
  if (text === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`json: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value} into Go value of type map[string]`);
    return value as Record<string, T>;
  } catch (e) {
    throw invalidArgument(`error reading ${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** `X-Registry-Config`: URL-safe base64 JSON; moby ignores what it cannot decode. */
function authConfigs(header: string | null): Record<string, AuthConfig> | undefined {
  if (!header) return undefined;
  try {
    const text = new TextDecoder().decode(fromBase64(header.replace(/-/g, '+').replace(/_/g, '/')));
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, AuthConfig>) : undefined;
  } catch {
    return undefined;
  }
}

/** The options of a `POST /build` request (moby `newImageBuildOptions`). */
export function buildParams(ctx: ApiContext): ImageBuildParams {
  const q = ctx.query;
  if (q.get('version') === '2') throw buildkitUnsupported();
  if (q.get('remote') !== '') throw remoteContextUnsupported(q.get('remote'));
  const buildArgs = jsonRecord<BuildArgValue>(ctx, 'buildargs', 'build args');
  const labels = jsonRecord<string>(ctx, 'labels', 'labels');
  const auth = authConfigs(ctx.request.headers.get('X-Registry-Config'));
  const forceRm = q.bool('forcerm');
  return {
    ...(q.get('dockerfile') ? { dockerfile: q.get('dockerfile') } : {}),
    tags: q.all('t'),
    ...(buildArgs ? { buildArgs } : {}),
    ...(labels ? { labels } : {}),
    ...(q.get('target') ? { target: q.get('target') } : {}),
    noCache: q.bool('nocache'),
    pull: q.bool('pull'),
    quiet: q.bool('q'),
    rm: forceRm || q.get('rm') === '' || q.bool('rm'),
    forceRm,
    ...(q.get('platform') ? { platform: q.get('platform') } : {}),
    ...(auth ? { authConfigs: auth } : {}),
  };
}

/** The stream with its first item already read, so an early failure becomes an HTTP error. */
async function started<T>(source: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
}

/** `POST /build`. */
const imageBuild: OperationHandler = async (ctx) => {
  const params = buildParams(ctx);
  const tar = await readBody(ctx.request, ctx.limits.archive);
  const messages = await started(ctx.docker.imageBuild({ tar }, params));
  // moby's stream formatter: json.Marshal (HTML-escaped), `\r\n` after each message.
  return jsonLines<JsonMessage>(messages, (m) => m, '\r\n', true);
};

/** `POST /build/prune`. */
const buildPrune: OperationHandler = async (ctx) => json(await ctx.docker.buildPrune({ all: ctx.query.bool('all') }));

/** The build domain's handlers. */
export const buildHandlers: OperationHandlers = {
  ImageBuild: imageBuild,
  BuildPrune: buildPrune,
};
