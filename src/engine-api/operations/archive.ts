/**
 * @module
 * `docker cp` on the wire (moby `router/container/copy.go`): `HEAD` stats a path into the
 * `X-Docker-Container-Path-Stat` header (base64 of the JSON, Go file-mode bits), `GET` sends the
 * path as a tar with that header, `PUT` extracts a tar (plain or gzip) into a directory. `path`
 * is required; entries that climb out of the destination are refused by the model.
 */
import { gunzipSync } from 'fflate';
import type { ContainerPathStat } from '../../container/archive.js';
import { toBase64 } from '../../core/base64.js';
import * as messages from '../../core/messages/index.js';
import { isGzip } from '../../fs/tar-read.js';
import { readBody } from '../body.js';
import type { ApiContext } from '../context.js';
import type { OperationHandlers } from '../routes.js';
import { byteStream, empty } from '../respond.js';

/** The header `docker cp` reads a path's stat from. */
export const PATH_STAT_HEADER = 'X-Docker-Container-Path-Stat';

/** The header value of a stat: standard base64 of its JSON. */
export function encodePathStat(stat: ContainerPathStat): string {
  return toBase64(new TextEncoder().encode(JSON.stringify(stat)));
}

/** moby `ArchiveFormValues`: the container and a non-empty `path`. */
function target(ctx: ApiContext): { id: string; path: string } {
  const path = ctx.query.get('path');
  if (path === '') throw messages.badParameter('path');
  return { id: ctx.params['id'] ?? '', path };
}

/** The archive operations. */
export const archiveHandlers: OperationHandlers = {
  ContainerArchiveInfo: async (ctx) => {
    const { id, path } = target(ctx);
    const stat = await ctx.docker.containerArchiveInfo(id, path);
    return empty(200, { [PATH_STAT_HEADER]: encodePathStat(stat) });
  },
  ContainerArchive: async (ctx) => {
    const { id, path } = target(ctx);
    const { stat, tar } = await ctx.docker.containerArchive(id, path);
    const response = byteStream((async function* () { yield tar; })(), 'application/x-tar');
    response.headers.set(PATH_STAT_HEADER, encodePathStat(stat));
    return response;
  },
  PutContainerArchive: async (ctx) => {
    const { id, path } = target(ctx);
    const body = await readBody(ctx.request, ctx.limits.archive);
    const tar = isGzip(body) ? gunzipSync(body) : body;
    await ctx.docker.putContainerArchive(id, path, tar, { noOverwriteDirNonDir: ctx.query.bool('noOverwriteDirNonDir'), copyUIDGID: ctx.query.bool('copyUIDGID') });
    return empty(200);
  },
};
