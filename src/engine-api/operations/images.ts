/**
 * @module
 * The local image operations (moby `router/image/image_routes.go`): list, inspect, history, tag,
 * remove, prune, save (`get`, `get-all`), load — and `POST /commit`, which makes an image from a
 * container. Pull, push and login are in `distribution.ts`.
 */
import type { Filters } from '../../image/filters.js';
import type { JsonMessage } from '../../image/json-message.js';
import { errorMessage } from '../../client/wire/json-message.js';
import { readBody, readJson } from '../body.js';
import type { ApiContext, OperationHandler } from '../context.js';
import type { OperationHandlers } from '../routes.js';
import { byteStream, empty, json, jsonLines } from '../respond.js';

const name = (ctx: ApiContext): string => ctx.params['name'] ?? '';

/** A complete tar as a streamed answer. */
function tarAnswer(tar: Uint8Array): Response {
  return byteStream((async function* () { yield tar; })(), 'application/x-tar');
}

/** JSON messages separated by `\r\n`, as the daemon's stream formatter writes them. */
export function messageLines(messages: AsyncIterable<JsonMessage> | readonly JsonMessage[]): Response {
  const source: AsyncIterable<JsonMessage> = Symbol.asyncIterator in messages ? messages : (async function* () { yield* messages; })();
  return jsonLines(source, (m) => m, '\r\n');
}

/** `POST /images/load?quiet=`: the daemon reports every failure inside the stream. */
const load: OperationHandler = async (ctx) => {
  const archive = await readBody(ctx.request, ctx.limits.archive);
  let messages: readonly JsonMessage[];
  try {
    messages = await ctx.docker.imageLoad(archive, { quiet: ctx.query.bool('quiet', true) });
  } catch (error) {
    messages = [errorMessage({ message: error instanceof Error ? error.message : String(error) })];
  }
  return messageLines(messages);
};

/**
 * `POST /commit?container=&repo=&tag=&comment=&author=&pause=&changes=`: 201 `{Id}`. `pause`
 * defaults to true; each `changes` value is a Dockerfile instruction. A config body is read (and
 * must be JSON) but not merged: dockersim commits the container's own config plus `changes`.
 */
const commit: OperationHandler = async (ctx) => {
  const q = ctx.query;
  await readJson(ctx.request, ctx.limits.json);
  const changes = q.all('changes').flatMap((change) => change.split('\n')).filter((change) => change.trim() !== '');
  const options = {
    ...(q.get('repo') ? { repo: q.get('repo') } : {}),
    ...(q.get('tag') ? { tag: q.get('tag') } : {}),
    ...(q.get('comment') ? { comment: q.get('comment') } : {}),
    ...(q.get('author') ? { author: q.get('author') } : {}),
    pause: q.bool('pause', true),
    ...(changes.length > 0 ? { changes } : {}),
  };
  return json(await ctx.docker.imageCommit(q.get('container'), options), 201);
};

/** The image operations served from the local store. */
export const imageHandlers: OperationHandlers = {
  ImageList: async (ctx) => json(await ctx.docker.imageList({ all: ctx.query.bool('all'), filters: ctx.query.filters() as Filters, sharedSize: ctx.query.bool('shared-size') })),
  ImageInspect: async (ctx) => json(await ctx.docker.imageInspect(name(ctx))),
  ImageHistory: async (ctx) => json(await ctx.docker.imageHistory(name(ctx))),
  ImageTag: async (ctx) => {
    const tag = ctx.query.get('tag');
    await ctx.docker.imageTag(name(ctx), { repo: ctx.query.get('repo'), ...(tag ? { tag } : {}) });
    return empty(201);
  },
  ImageDelete: async (ctx) => json(await ctx.docker.imageDelete(name(ctx), { force: ctx.query.bool('force'), noprune: ctx.query.bool('noprune') })),
  ImagePrune: async (ctx) => json(await ctx.docker.imagePrune({ filters: ctx.query.filters() as Filters })),
  ImageGet: async (ctx) => tarAnswer(await ctx.docker.imageGet([name(ctx)])),
  ImageGetAll: async (ctx) => tarAnswer(await ctx.docker.imageGet(ctx.query.all('names'))),
  ImageLoad: load,
  ImageCommit: commit,
};
