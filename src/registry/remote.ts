/**
 * @module
 * Registries that run in containers (`docker run -d -p 5000:5000 registry:2`): a reference to
 * `localhost:<port>` (or `127.0.0.1:<port>`, `[::1]:<port>`) that names no registry of the world
 * is dialled on the host, as the daemon dials it — through the published port to whatever
 * listens in the container — and spoken to with the Registry HTTP API V2. Its content is read
 * into a {@link RegistryState} so pushes and pulls run their usual logic, and a push's new
 * blobs, links and tags are written back with the API (uploads, then the manifest). The registry
 * program stores them in its own filesystem; nothing of it lives in the world's state.
 * See docs/decisions/0011-registry-containers.md.
 */
import { gunzipSync } from 'fflate';
import { digestOf } from '../core/digest.js';
import { DockerError } from '../core/errors.js';
import { Table } from '../core/table.js';
import { ENGINE_VERSION } from '../daemon/version.js';
import { entriesToTree, isGzip, readTarSync } from '../fs/tar-read.js';
import { compress, layerTar } from '../fs/layer-digest.js';
import { bodyText, header, readResponse, StreamReader, writeRequest, type HttpResponse } from '../network/http/codec.js';
import type { Socket } from '../programs/types.js';
import { NetError } from '../programs/types.js';
import { findRegistry, unreachable } from './endpoint.js';
import type { WorldState } from '../world/state.js';
import { MEDIA_TYPES } from './manifest.js';
import { newRegistryState, newRepository, type BlobRecord, type ManifestRecord, type RegistryState, type RepositoryRecord } from './state.js';

/** Opens a TCP connection from the daemon's host. */
export type HostDial = (host: string, port: number) => Promise<Socket>;

/** A registry reached over the network, loaded into a state. */
export interface RemoteRegistry {
  /** Its content as the push and pull logic reads it. */
  readonly state: RegistryState;
  /** Writes what `next` has beyond {@link RemoteRegistry.state}: blobs, then manifests and tags. */
  save(next: RegistryState): Promise<void>;
}

const USER_AGENT = `docker/${ENGINE_VERSION} go/go1.24.3 git-commit/6bd6f51 kernel/6.8.0-dockersim os/linux arch/amd64 UpstreamClient(Docker-Client/${ENGINE_VERSION} \\(linux\\))`;

/** The port of a loopback registry hostname (`localhost:5000` → 5000), or undefined. */
export function loopbackPort(hostname: string): number | undefined {
  const m = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]):(\d{1,5})$/.exec(hostname);
  return m ? Number(m[1]) : undefined;
}

class Connection {
  readonly #dial: HostDial;
  readonly #hostname: string;
  readonly #port: number;

  constructor(dial: HostDial, hostname: string, port: number) {
    this.#dial = dial;
    this.#hostname = hostname;
    this.#port = port;
  }

  async request(method: string, target: string, body?: Uint8Array | string, type?: string): Promise<HttpResponse> {
    let socket: Socket;
    try {
      socket = await this.#dial('localhost', this.#port);
    } catch (error) {
      if (error instanceof NetError) throw unreachable(this.#hostname);
      throw error;
    }
    try {
      const headers: [string, string][] = [['Host', this.#hostname], ['User-Agent', USER_AGENT], ['Connection', 'close']];
      if (type) headers.push(['Content-Type', type]);
      if (method === 'GET' && target.includes('/manifests/')) headers.push(['Accept', `${MEDIA_TYPES.dockerManifest}, ${MEDIA_TYPES.ociManifest}`]);
      writeRequest(socket, { method, target, headers, ...(body !== undefined ? { body } : {}) });
      return await readResponse(new StreamReader(socket), method);
    } finally {
      socket.close();
    }
  }

  async json<T>(target: string): Promise<T> {
    const response = await this.request('GET', target);
    if (response.status !== 200) throw new DockerError('Internal', `unexpected status from GET request to http://${this.#hostname}${target}: ${response.status} ${response.statusText}`);
    return JSON.parse(bodyText(response)) as T;
  }
}

interface Manifest {
  readonly mediaType?: string;
  readonly config?: { readonly digest: string; readonly size: number; readonly mediaType: string };
  readonly layers?: readonly { readonly digest: string; readonly size: number; readonly mediaType: string }[];
}

async function loadRepository(conn: Connection, name: string, blobs: Map<string, BlobRecord>): Promise<RepositoryRecord> {
  const { tags = [] } = await conn.json<{ tags?: string[] | null }>(`/v2/${name}/tags/list`);
  let repo = newRepository(name);
  let tagTable = repo.tags;
  let manifests = repo.manifests;
  let linked = repo.blobs;
  for (const tag of tags ?? []) {
    const response = await conn.request('GET', `/v2/${name}/manifests/${tag}`);
    if (response.status !== 200) continue;
    const raw = bodyText(response);
    const digest = digestOf(raw);
    const manifest = JSON.parse(raw) as Manifest;
    const record: ManifestRecord = { digest, mediaType: header(response.headers, 'content-type') ?? manifest.mediaType ?? MEDIA_TYPES.dockerManifest, raw };
    tagTable = tagTable.set(tag, digest);
    manifests = manifests.set(digest, record);
    if (!manifest.config) continue;
    const configRaw = bodyText(await conn.request('GET', `/v2/${name}/blobs/${manifest.config.digest}`));
    blobs.set(manifest.config.digest, { kind: 'config', digest: manifest.config.digest, mediaType: manifest.config.mediaType, size: manifest.config.size, raw: configRaw });
    linked = linked.set(manifest.config.digest, true);
    const diffIds = (JSON.parse(configRaw) as { rootfs?: { diff_ids?: string[] } }).rootfs?.diff_ids ?? [];
    for (const [i, layer] of (manifest.layers ?? []).entries()) {
      linked = linked.set(layer.digest, true);
      if (blobs.has(layer.digest)) continue;
      const bytes = (await conn.request('GET', `/v2/${name}/blobs/${layer.digest}`)).body;
      const tar = isGzip(bytes) ? gunzipSync(bytes) : bytes;
      const tree = entriesToTree(readTarSync(tar), { layer: true });
      blobs.set(layer.digest, { kind: 'layer', digest: layer.digest, mediaType: layer.mediaType, size: layer.size, diffId: diffIds[i] ?? digestOf(tar), uncompressedSize: tar.length, tree, tar });
    }
  }
  repo = { ...repo, tags: tagTable, manifests, blobs: linked };
  return repo;
}

function blobBytes(blob: BlobRecord): Uint8Array {
  if (blob.kind === 'config') return new TextEncoder().encode(blob.raw);
  return compress(blob.tar ?? layerTar(blob.tree));
}

/**
 * Dials the registry at loopback `hostname` and reads its content. Throws the daemon's dial error
 * when nothing listens there.
 */
export async function openRemoteRegistry(dial: HostDial, hostname: string): Promise<RemoteRegistry> {
  const port = loopbackPort(hostname)!;
  const conn = new Connection(dial, hostname, port);
  const ping = await conn.request('GET', '/v2/');
  if (ping.status !== 200 || header(ping.headers, 'docker-distribution-api-version') === undefined) {
    throw new DockerError('Internal', `error parsing HTTP ${ping.status} response body: invalid character '<' looking for beginning of value: "${bodyText(ping).slice(0, 40)}"`);
  }
  const { repositories = [] } = await conn.json<{ repositories?: string[] }>('/v2/_catalog');
  const blobs = new Map<string, BlobRecord>();
  const repos: [string, RepositoryRecord][] = [];
  for (const name of repositories) repos.push([name, await loadRepository(conn, name, blobs)]);
  const state: RegistryState = { ...newRegistryState(hostname, { namespaces: false }), repositories: Table.from(repos), blobs: Table.from([...blobs]) };
  return {
    state,
    async save(next) {
      for (const [name, repo] of next.repositories.entries()) {
        const before = state.repositories.get(name);
        for (const digest of repo.blobs.keys()) {
          if (before?.blobs.has(digest)) continue;
          const blob = next.blobs.get(digest);
          if (!blob) continue;
          const response = await conn.request('POST', `/v2/${name}/blobs/uploads/?digest=${encodeURIComponent(digest)}`, blobBytes(blob), 'application/octet-stream');
          if (response.status !== 201) throw new DockerError('Internal', `blob upload failed: ${response.status} ${bodyText(response).trim()}`);
        }
        for (const [tag, digest] of repo.tags.entries()) {
          if (before?.tags.get(tag) === digest) continue;
          const manifest = repo.manifests.get(digest);
          if (!manifest) continue;
          const response = await conn.request('PUT', `/v2/${name}/manifests/${tag}`, manifest.raw, manifest.mediaType);
          if (response.status !== 201) throw new DockerError('Internal', `manifest upload failed: ${response.status} ${bodyText(response).trim()}`);
        }
      }
    },
  };
}

/** A registry as a push or pull reaches it: the world's, or one listening on a loopback port. */
export interface OpenedRegistry {
  readonly state: RegistryState;
  /** Set for a registry reached over the network (its changes are saved through it). */
  readonly remote?: RemoteRegistry;
}

/**
 * The registry `hostname` names: a registry of the world wins; otherwise a loopback hostname is
 * dialled on the host (a registry container's published port); otherwise the dial error.
 */
export async function openRegistry(world: WorldState, hostname: string, dial: HostDial | undefined, path?: string): Promise<OpenedRegistry> {
  if (world.registries[hostname] || !dial || loopbackPort(hostname) === undefined) return { state: findRegistry(world, hostname) };
  const remote = await openRemoteRegistry(dial, hostname);
  // distribution answers a manifest of an unknown repository as an unknown manifest, not an unknown name.
  if (path === undefined || remote.state.repositories.has(path)) return { state: remote.state, remote };
  return { state: { ...remote.state, repositories: remote.state.repositories.set(path, newRepository(path)) }, remote };
}
