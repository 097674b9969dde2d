/**
 * @module
 * `docker push` (`POST /images/{name}/push?tag=…`), as the classic store's v2 pusher does it
 * (moby `distribution/push_v2.go`): announce the repository, then for each layer (top first, up to
 * five at a time) skip it when the registry already has its blob ("Layer already exists"), mount
 * it from another repository of the same registry ("Mounted from …"), or upload it ("Pushing",
 * "Pushed"); finally put the schema 2 manifest and report its digest and size. The registry, the
 * host's digest reference and its blob sources change in one commit at the end.
 */
import { castDraft } from 'immer';
import { digestOf, type Digest } from '../core/digest.js';
import { shortId } from '../core/ids.js';
import { accessDenied, authenticationRequired, cannotPushDigest, noBasicAuthCredentials, noLocalImage, tagDoesNotExist } from '../core/messages/registry.js';
import { DockerError } from '../core/errors.js';
import { compress, layerBlobOf } from '../fs/layer-digest.js';
import { imageEvent } from '../image/events.js';
import { progressMessage, statusMessage, type JsonMessage } from '../image/json-message.js';
import { referenceKey } from '../image/lookup.js';
import type { ImageStore, LayerRecord } from '../image/records.js';
import { addBlobSource, layersOf, setReference } from '../image/store.js';
import { familiarName, familiarString, referenceName, trimNamed, withDigest, withTag } from '../reference/format.js';
import { parseNormalizedNamed, parseReference, type Reference } from '../reference/parse.js';
import { canPull, canPush, identify, type AuthConfig } from './auth.js';
import type { DistributionEnv } from './env.js';
import { findRegistry, registryUrl } from './endpoint.js';
import { openRegistry } from './remote.js';
import { MEDIA_TYPES } from './manifest.js';
import { publishImage } from './publish.js';
import type { LayerBlobRecord, RegistryState } from './state.js';
import { step, transfer, type Transfer } from './transfer.js';
import { findRepository, repositoryBlob } from './view.js';

/** Options of a push (Engine API `ImagePush`). */
export interface PushOptions {
  /** The repository (`myuser/app`, `localhost:5000/app`), possibly with a tag. */
  readonly name: string;
  /** The tag; absent with a bare name: every local tag of the repository. */
  readonly tag?: string;
  /** Credentials (`X-Registry-Auth`). */
  readonly authconfig?: AuthConfig;
}

const MAX_CONCURRENT_UPLOADS = 5;
const blobDigests = new WeakMap<Uint8Array, { digest: Digest; size: number }>();

/** The registry blob of a local layer: gzip of its tar (honest digest), size nominal when it came from a registry. */
export function layerBlob(layer: LayerRecord): LayerBlobRecord {
  let blob: { digest: Digest; size: number };
  if (layer.tar) {
    blob = blobDigests.get(layer.tar) ?? (() => {
      const bytes = compress(layer.tar!);
      const b = { digest: digestOf(bytes), size: bytes.length };
      blobDigests.set(layer.tar!, b);
      return b;
    })();
  } else blob = layerBlobOf(layer.tree);
  return {
    kind: 'layer',
    digest: blob.digest,
    mediaType: MEDIA_TYPES.dockerLayer,
    size: layer.blobSize ?? blob.size,
    diffId: layer.diffId,
    uncompressedSize: layer.size,
    tree: layer.tree,
    ...(layer.tar ? { tar: layer.tar } : {}),
  };
}

interface Upload {
  readonly layer: LayerRecord;
  readonly blob: LayerBlobRecord;
  readonly id: string;
  phase: 'queued' | 'checking' | 'uploading' | 'done';
  wait: number;
  transfer?: Transfer;
}

/** Pushes one tag; returns the registry's next state and the host store changes to commit. */
async function pushTag(env: DistributionEnv, ref: Reference, imageId: string, options: PushOptions, out: (m: JsonMessage) => void, signal: AbortSignal): Promise<void> {
  const store = env.images.store;
  const image = store.images.get(imageId);
  if (!image) throw new DockerError('NotFound', `No such image: ${imageId}`);
  const layers = layersOf(store, image);
  const opened = await openRegistry(env.world(), ref.domain, env.dial);
  // A registry container is read once; the world's registries are re-read as time passes.
  const read = () => (opened.remote ? opened.state : findRegistry(env.world(), ref.domain));
  const registry0 = opened.state;
  const latency = registry0.transfer.latency;
  // Bad credentials fail when the pusher first authenticates, before any layer is looked at.
  if (identify(registry0, options.authconfig).kind === 'invalid') {
    throw registry0.namespaces ? new DockerError('Unauthorized', 'unauthorized: incorrect username or password') : authenticationRequired();
  }
  const uploads: Upload[] = [...layers].reverse().map((layer) => ({ layer, blob: layerBlob(layer), id: shortId(layer.diffId), phase: 'queued', wait: 0 }));
  uploads.forEach((u, i) => {
    out(statusMessage('Preparing', u.id));
    if (i >= MAX_CONCURRENT_UPLOADS) out(statusMessage('Waiting', u.id));
  });
  await env.clock.sleep(latency, signal); // GET /v2/ and the token
  const registry = read();
  const identity = identify(registry, options.authconfig);
  const target = findRepository(registry, ref.path);
  if (!canPush(registry, ref.path, target, identity)) {
    if (registry.requireAuth && identity.kind === 'anonymous') throw noBasicAuthCredentials('Post', `${registryUrl(registry.hostname)}${ref.path}/blobs/uploads/`);
    throw accessDenied();
  }
  const repoName = referenceName(trimNamed(ref));
  let host: ImageStore = store;
  const sources = (u: Upload) => store.blobSources.get(u.layer.diffId) ?? [];
  const finish = (u: Upload, status: string, repository = repoName) => {
    u.phase = 'done';
    out(statusMessage(status, u.id));
    host = addBlobSource(host, u.layer.diffId, { digest: u.blob.digest as Digest, repository, size: u.blob.size });
  };
  /** HEAD in the target repository, then a cross-repository mount, else an upload. */
  const decide = (u: Upload) => {
    const known = sources(u).filter((s) => parseReference(s.repository).domain === ref.domain);
    if (known.some((s) => s.digest === u.blob.digest) && repositoryBlob(registry, target, u.blob.digest)) return finish(u, 'Layer already exists');
    for (const source of known.filter((s) => s.repository !== repoName)) {
      const path = parseReference(source.repository).path;
      const from = findRepository(registry, path);
      if (from && canPull(registry, path, from, identity) && repositoryBlob(registry, from, source.digest)) {
        u.phase = 'done';
        out(statusMessage(`Mounted from ${path}`, u.id));
        host = addBlobSource(host, u.layer.diffId, { digest: u.blob.digest as Digest, repository: repoName, size: u.blob.size });
        return;
      }
    }
    u.phase = 'uploading';
    const total = u.layer.size;
    u.transfer = transfer(u.blob.size, latency, (moved, done) => {
      out(progressMessage('Pushing', u.id, Math.round((moved / Math.max(1, u.blob.size)) * total), total));
      if (done) finish(u, 'Pushed');
    });
  };
  for (;;) {
    const busy = uploads.filter((u) => u.phase === 'checking' || u.phase === 'uploading').length;
    let slots = MAX_CONCURRENT_UPLOADS - busy;
    for (const u of uploads) {
      if (slots <= 0) break;
      if (u.phase !== 'queued') continue;
      u.phase = 'checking';
      u.wait = latency;
      slots--;
    }
    if (uploads.every((u) => u.phase === 'done')) break;
    const checking = uploads.filter((u) => u.phase === 'checking');
    const network = [
      ...checking.map((u) => transfer(0, u.wait, () => {})),
      ...uploads.filter((u) => u.phase === 'uploading').map((u) => u.transfer!),
    ];
    const dt = await step(env.clock, registry.transfer, network, [], signal);
    for (const u of checking) {
      u.wait -= dt;
      if (u.wait <= 0) decide(u);
    }
  }
  await env.clock.sleep(latency, signal); // PUT the manifest
  const current = read();
  const published = publishImage(current, ref.path, ref.tag!, { layers: layers.map(layerBlob), rawConfig: image.rawConfig });
  host = setReference(host, withDigest(trimNamed(ref), published.digest), imageId);
  const hostname = ref.domain;
  await opened.remote?.save(published.state);
  env.ctx.commitWorld(
    (world, h) => {
      if (!opened.remote) world.registries[hostname] = castDraft(published.state as RegistryState);
      h.images = castDraft(host);
    },
    [imageEvent('push', familiarString(ref), familiarName(ref), image.config.config.Labels)],
  );
  out({ status: `${ref.tag}: digest: ${published.digest} size: ${published.size}` });
  out({ progressDetail: {}, aux: { Tag: ref.tag, Digest: published.digest, Size: published.size } });
}

/** Runs a push, writing its messages to `out`; throws before the first message for a bad name. */
export async function runPush(env: DistributionEnv, options: PushOptions, out: (m: JsonMessage) => void, signal: AbortSignal): Promise<void> {
  let ref = parseNormalizedNamed(options.name);
  if (ref.digest) throw cannotPushDigest();
  if (options.tag) ref = withTag(ref, options.tag);
  out({ status: `The push refers to repository [${referenceName(trimNamed(ref))}]` });
  const store = env.images.store;
  const byName = [...store.references.entries()].filter(([key]) => {
    const r = parseReference(key);
    return r.domain === ref.domain && r.path === ref.path && r.tag !== undefined && !r.digest;
  });
  if (byName.length === 0) throw noLocalImage(familiarName(ref));
  if (ref.tag) {
    const id = store.references.get(referenceKey(ref));
    if (id === undefined) throw tagDoesNotExist(familiarString(ref));
    return pushTag(env, ref, id, options, out, signal);
  }
  for (const [key, id] of byName.sort(([a], [b]) => (a < b ? -1 : 1))) await pushTag(env, parseReference(key), id, options, out, signal);
}

