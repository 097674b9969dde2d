/**
 * @module
 * `docker cp` over HTTP: the path's stat from `X-Docker-Container-Path-Stat` (standard base64 of
 * its JSON), the tar from `GET …/archive`, and `PUT …/archive` with the tar as the body. A `HEAD`
 * answer carries no body, so when the stat fails the client asks `GET` for the daemon's message.
 */
import type { ContainerArchive, ContainerPathStat } from '../../container/archive.js';
import { fromBase64 } from '../../core/base64.js';
import { DockerError } from '../../core/errors.js';
import type { ContainerApi } from '../container-api.js';
import { segment, type HttpTransport } from './transport.js';

/** The operations of this file. */
export type ArchiveRequests = Pick<ContainerApi, 'containerArchiveInfo' | 'containerArchive' | 'putContainerArchive'>;

/** The header `docker cp` reads a path's stat from. */
const PATH_STAT_HEADER = 'X-Docker-Container-Path-Stat';

/** Decodes the stat header (Go's `getContainerPathStatFromHeader`). */
export function decodePathStat(header: string | null): ContainerPathStat {
  if (!header) throw new DockerError('Internal', 'unable to decode container path stat header: no stat header');
  return JSON.parse(new TextDecoder().decode(fromBase64(header))) as ContainerPathStat;
}

/** The archive operations over `transport`. */
export function archiveOperations(transport: HttpTransport): ArchiveRequests {
  const path = (id: string) => `/containers/${segment(id)}/archive`;
  return {
    async containerArchiveInfo(id, at) {
      try {
        return decodePathStat((await transport.send('HEAD', path(id), { query: { path: at } })).headers.get(PATH_STAT_HEADER));
      } catch (error) {
        if (!(error instanceof DockerError)) throw error;
        // The daemon's words are only in a body; GET fails the same way and says why.
        const again = await transport.send('GET', path(id), { query: { path: at } }).catch((reason: unknown) => reason);
        if (again instanceof Response) {
          await again.body?.cancel();
          throw error;
        }
        throw again;
      }
    },
    async containerArchive(id, at): Promise<ContainerArchive> {
      const response = await transport.send('GET', path(id), { query: { path: at } });
      const stat = decodePathStat(response.headers.get(PATH_STAT_HEADER));
      return { stat, tar: new Uint8Array(await response.arrayBuffer()) };
    },
    putContainerArchive: (id, at, tar, options = {}) =>
      transport.empty('PUT', path(id), {
        query: { path: at, noOverwriteDirNonDir: options.noOverwriteDirNonDir || undefined, copyUIDGID: options.copyUIDGID || undefined },
        body: { bytes: tar, contentType: 'application/x-tar' },
      }),
  };
}
