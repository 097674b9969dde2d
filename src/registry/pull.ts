/**
 * @module
 * `docker pull` (`POST /images/create?fromImage=…&tag=…`), as the classic store's v2 puller does
 * it (moby `distribution/pull_v2.go`, `xfer/download.go`): resolve the tag or digest to a manifest
 * (an index: pick the platform), skip everything when the image is already there, otherwise fetch
 * only the layers the host lacks — up to three at a time, sharing the registry's bandwidth —
 * extract them in order, then tag, record the digest and where each blob came from. Progress is
 * Docker's JSON messages over virtual time; failures before the first message are thrown (the
 * Engine API answers them with an HTTP error), later ones end the stream with `errorDetail`.
 */
import { DockerError } from '../core/errors.js';
import { shortId } from '../core/ids.js';
import { authenticationRequired, manifestUnknown, noBasicAuthCredentials, noMatchingManifest, pullAccessDenied } from '../core/messages/registry.js';
import { digestOf } from '../core/digest.js';
import { chainIdOf } from '../fs/layer-digest.js';
import { imageEvent } from '../image/events.js';
import { progressMessage, statusMessage, type JsonMessage } from '../image/json-message.js';
import type { ImageStore } from '../image/records.js';
import { addBlobSource, putImage, putLayers, setReference } from '../image/store.js';
import { parseImageConfig } from '../image/config.js';
import { referenceKey } from '../image/lookup.js';
import { familiarName, familiarString, referenceName, trimNamed, withDigest, withTag } from '../reference/format.js';
import { parseNormalizedNamed, type Reference } from '../reference/parse.js';
import { canPull, identify, type AuthConfig } from './auth.js';
import type { DistributionEnv } from './env.js';
import { registryUrl } from './endpoint.js';
import { openRegistry } from './remote.js';
import { formatPlatform, isIndex, parseManifest, parsePlatform, platformMatches, type ImageManifest } from './manifest.js';
import type { LayerBlobRecord, RegistryState, RepositoryRecord } from './state.js';
import { EXTRACT_BYTES_PER_SECOND, step, transfer, type LocalWork, type Transfer } from './transfer.js';
import { findBlob, findManifest, findRepository } from './view.js';

/** Options of a pull (Engine API `ImageCreate` from a registry). */
export interface PullOptions {
  /** The image name (`alpine`, `docker.io/library/alpine`, `localhost:5000/app`), possibly with a tag. */
  readonly fromImage: string;
  /** Tag or digest; absent with a bare name: every tag of the repository. */
  readonly tag?: string;
  /** `os/arch[/variant]`; default the host's (`linux/amd64`). */
  readonly platform?: string;
  /** Credentials (`X-Registry-Auth`). */
  readonly authconfig?: AuthConfig;
}

const MAX_CONCURRENT_DOWNLOADS = 3;
const HOST_PLATFORM = { os: 'linux', architecture: 'amd64' };

interface Session {
  readonly env: DistributionEnv;
  readonly registry: RegistryState;
  readonly repository: RepositoryRecord;
  readonly out: (m: JsonMessage) => void;
  readonly signal: AbortSignal;
  readonly platform: { os: string; architecture: string; variant?: string };
}

/** Who may pull `ref` (the repository when allowed; Docker's refusal otherwise). */
export function checkAccess(registry: RegistryState, ref: Reference, auth: AuthConfig | undefined, what: string): RepositoryRecord {
  const identity = identify(registry, auth);
  const url = `${registryUrl(registry.hostname)}${ref.path}/manifests/${what}`;
  if (identity.kind === 'invalid') {
    throw registry.namespaces ? new DockerError('Unauthorized', `Head ${JSON.stringify(url)}: unauthorized: incorrect username or password`) : authenticationRequired();
  }
  if (registry.requireAuth && identity.kind === 'anonymous') throw noBasicAuthCredentials('Head', url);
  const repository = findRepository(registry, ref.path);
  if (!canPull(registry, ref.path, repository, identity)) {
    if (!repository && !registry.namespaces) {
      throw new DockerError('NotFound', `repository ${familiarName(ref)} not found: name unknown: repository name not known to registry`);
    }
    throw pullAccessDenied(familiarName(ref));
  }
  return repository!;
}

/** Chooses the image manifest for the platform (an index's entry, or the manifest itself). */
async function imageManifest(s: Session, raw: string): Promise<ImageManifest> {
  const parsed = parseManifest(raw);
  if (!isIndex(parsed)) return parsed;
  const entry = parsed.manifests.find((m) => m.platform && platformMatches(s.platform, m.platform));
  if (!entry) throw noMatchingManifest(formatPlatform(s.platform));
  await s.env.clock.sleep(s.registry.transfer.latency, s.signal);
  const chosen = s.repository.manifests.get(entry.digest);
  if (!chosen) throw manifestUnknown(entry.digest);
  const manifest = parseManifest(chosen.raw);
  if (isIndex(manifest)) throw new DockerError('InvalidParameter', 'manifest invalid: nested index');
  return manifest;
}

/** Which layers the host has (by blob digest → DiffID, then ChainID), as Docker's download manager decides. */
function presentLayers(store: ImageStore, blobs: readonly LayerBlobRecord[]): boolean[] {
  const diffIdOfBlob = new Map<string, string>();
  for (const [diffId, sources] of store.blobSources) for (const s of sources) diffIdOfBlob.set(s.digest, diffId);
  const known: string[] = [];
  let chainKnown = true;
  return blobs.map((blob) => {
    const diffId = diffIdOfBlob.get(blob.digest);
    if (!chainKnown || diffId === undefined) {
      chainKnown = false;
      return false;
    }
    known.push(diffId);
    const present = store.layers.has(chainIdOf(known as never[])!);
    if (!present) chainKnown = false;
    return present;
  });
}

/** Downloads and extracts the missing layers, with Docker's progress messages. */
async function fetchLayers(s: Session, blobs: readonly LayerBlobRecord[], present: readonly boolean[]): Promise<void> {
  const { out } = s;
  type State = { blob: LayerBlobRecord; id: string; phase: 'queued' | 'downloading' | 'downloaded' | 'extracting' | 'done'; dl?: Transfer; ex?: LocalWork };
  const layers: State[] = blobs.map((blob, i) => ({ blob, id: shortId(blob.digest), phase: present[i] ? 'done' : 'queued' }));
  let missing = 0;
  for (const l of layers) {
    if (l.phase === 'done') out(statusMessage('Already exists', l.id));
    else {
      out(statusMessage('Pulling fs layer', l.id));
      if (missing++ >= MAX_CONCURRENT_DOWNLOADS) out(statusMessage('Waiting', l.id));
    }
  }
  const latency = s.registry.transfer.latency;
  for (;;) {
    let active = layers.filter((l) => l.phase === 'downloading').length;
    for (const l of layers) {
      if (active >= MAX_CONCURRENT_DOWNLOADS) break;
      if (l.phase !== 'queued') continue;
      l.phase = 'downloading';
      active++;
      l.dl = transfer(l.blob.size, latency, (moved, done) => {
        out(progressMessage('Downloading', l.id, moved, l.blob.size));
        if (done) {
          out(statusMessage('Verifying Checksum', l.id));
          out(statusMessage('Download complete', l.id));
          l.phase = 'downloaded';
        }
      });
    }
    const next = layers.find((l) => l.phase !== 'done');
    if (!next) return;
    if (next.phase === 'downloaded') {
      next.phase = 'extracting';
      next.ex = {
        size: next.blob.size,
        moved: 0,
        rate: EXTRACT_BYTES_PER_SECOND,
        lastReport: -Infinity,
        done: false,
        report: (moved, done) => {
          out(progressMessage('Extracting', next.id, moved, next.blob.size));
          if (done) {
            out(statusMessage('Pull complete', next.id));
            next.phase = 'done';
          }
        },
      };
    }
    const network = layers.filter((l) => l.phase === 'downloading').map((l) => l.dl!);
    const local = layers.filter((l) => l.phase === 'extracting').map((l) => l.ex!);
    await step(s.env.clock, s.registry.transfer, network, local, s.signal);
  }
}

/** Pulls one tag or digest; returns whether the local reference changed. */
async function pullReference(env: DistributionEnv, registry: RegistryState, ref: Reference, options: PullOptions, out: (m: JsonMessage) => void, signal: AbortSignal): Promise<boolean> {
  const what = ref.digest ?? ref.tag!;
  const repository = checkAccess(registry, ref, options.authconfig, what);
  await env.clock.sleep(registry.transfer.latency, signal);
  const top = findManifest(repository, what);
  if (!top) throw manifestUnknown(familiarString(ref));
  if (ref.digest && digestOf(top.raw) !== ref.digest) throw manifestUnknown(familiarString(ref));
  out({ status: `Pulling from ${ref.path}`, id: what });
  const s: Session = { env, registry, repository, out, signal, platform: options.platform ? parsePlatform(options.platform) : HOST_PLATFORM };
  const manifest = await imageManifest(s, top.raw);
  const configBlob = findBlob(registry, manifest.config.digest);
  if (configBlob?.kind !== 'config') throw new DockerError('NotFound', `blob unknown: blob unknown to registry`);
  const blobs = manifest.layers.map((d) => {
    const blob = findBlob(registry, d.digest);
    if (blob?.kind !== 'layer') throw new DockerError('NotFound', 'blob unknown: blob unknown to registry');
    return blob;
  });
  const id = configBlob.digest;
  if (!env.images.store.images.has(id)) {
    await env.clock.sleep(registry.transfer.latency, signal); // the config blob
    await fetchLayers(s, blobs, presentLayers(env.images.store, blobs));
  }
  // One commit: layers, image, tag, digest reference, blob sources, the pull event.
  const tagged = ref.tag !== undefined && !ref.digest ? ref : undefined;
  const config = parseImageConfig(configBlob.raw);
  let store = env.images.store;
  const previous = store.references.get(referenceKey(ref));
  store = putLayers(store, blobs.map((b) => ({ tree: b.tree, size: b.uncompressedSize, blobSize: b.size, ...(b.tar ? { tar: b.tar } : {}) }))).store;
  store = putImage(store, { config: configBlob.raw }).store;
  if (tagged) store = setReference(store, tagged, id);
  store = setReference(store, withDigest(trimNamed(ref), digestOf(top.raw)), id);
  const repoName = referenceName(trimNamed(ref));
  blobs.forEach((b) => {
    store = addBlobSource(store, b.diffId, { digest: b.digest as never, repository: repoName, size: b.size });
  });
  env.images.apply({ store, result: undefined, events: [imageEvent('pull', familiarString(ref), familiarName(ref), config.config.Labels)] });
  out({ status: `Digest: ${digestOf(top.raw)}` });
  return previous !== id;
}

/** Runs a pull, writing its messages to `out`. */
export async function runPull(env: DistributionEnv, options: PullOptions, out: (m: JsonMessage) => void, signal: AbortSignal): Promise<void> {
  let ref = parseNormalizedNamed(options.fromImage);
  if (options.tag) ref = options.tag.includes(':') ? withDigest(ref, options.tag) : withTag(ref, options.tag);
  const registry = (await openRegistry(env.world(), ref.domain, env.dial, ref.path)).state;
  await env.clock.sleep(registry.transfer.latency, signal); // GET /v2/
  if (ref.tag || ref.digest) {
    const changed = await pullReference(env, registry, ref, options, out, signal);
    out({ status: `Status: ${changed ? 'Downloaded newer image for' : 'Image is up to date for'} ${familiarString(ref)}` });
    return;
  }
  // No tag: every tag of the repository (`docker pull --all-tags`).
  const repository = checkAccess(registry, ref, options.authconfig, 'latest');
  let changed = false;
  for (const tag of [...repository.tags.keys()].sort()) {
    if (await pullReference(env, registry, withTag(ref, tag), options, out, signal)) changed = true;
  }
  out({ status: `Status: ${changed ? 'Downloaded newer image for' : 'Image is up to date for'} ${familiarName(ref)}` });
}
