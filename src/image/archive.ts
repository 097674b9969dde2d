/**
 * @module
 * `docker save` (`GET /images/get?names=…`): images as a docker-archive tar in the layout Docker
 * Engine ≥ 25 writes with the classic store (moby `tarexport/save.go`) — an OCI image layout
 * (`oci-layout`, `index.json`, `blobs/sha256/…` holding configs, uncompressed layer tars and OCI
 * manifests) plus the legacy `manifest.json` and `repositories` that `docker load` reads.
 */
import { digestHex, digestOf } from '../core/digest.js';
import type { EventSpec } from '../core/events.js';
import { emptyExport, noSuchImage } from '../core/messages/image.js';
import { DockerError } from '../core/errors.js';
import { fileNode } from '../fs/node.js';
import { treeToTar } from '../fs/tar-write.js';
import { emptyTree, putNode } from '../fs/tree.js';
import { familiarName, familiarString, formatReference, tagNameOnly } from '../reference/format.js';
import { isNamed, parseAnyReference, parseReference, type Reference } from '../reference/parse.js';
import { imageEvent } from './events.js';
import { createdMs } from './list.js';
import { referenceKey, searchImageId } from './lookup.js';
import type { ImageRecord, ImageStore } from './records.js';
import { layersOf, layerTarOf } from './store.js';

/** Media types of the OCI layout. */
export const OCI_MEDIA_TYPES = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar',
} as const;

/** One entry of the legacy `manifest.json`. */
export interface ArchiveManifestEntry {
  readonly Config: string;
  readonly RepoTags: readonly string[] | null;
  readonly Layers: readonly string[];
  readonly Parent?: string;
}

const referenceDoesNotExist = () => new DockerError('NotFound', 'reference does not exist');

/** Which images (and which of their tags) a list of names designates (moby `parseNames`). */
export function selectImages(store: ImageStore, names: readonly string[]): Map<string, Reference[]> {
  const out = new Map<string, Reference[]>();
  const add = (id: string, ref?: Reference) => {
    if (!store.images.has(id)) throw noSuchImage(id);
    const refs = out.get(id) ?? [];
    out.set(id, refs);
    if (ref && !(ref.digest && !ref.tag)) {
      const tagged = tagNameOnly(ref);
      if (!refs.some((r) => formatReference(r) === formatReference(tagged))) refs.push(tagged);
    }
  };
  for (const name of names) {
    const ref = parseAnyReference(name);
    if (!isNamed(ref)) {
      add(ref.digest);
      continue;
    }
    if (familiarName(ref) === 'sha256') {
      // `sha256:<short id>` parses as a name with a tag: it is an ID prefix.
      const image = searchImageId(store, name);
      if (!image) throw noSuchImage(name);
      add(image.id);
      continue;
    }
    if (!ref.tag && !ref.digest) {
      const byName = [...store.references.entries()].filter(([key]) => {
        const r = parseReference(key);
        return r.domain === ref.domain && r.path === ref.path && r.tag !== undefined;
      });
      for (const [key, id] of byName) add(id, parseReference(key));
      if (byName.length === 0) {
        const image = searchImageId(store, name);
        if (!image) throw noSuchImage(name);
        add(image.id);
      }
      continue;
    }
    const id = store.references.get(referenceKey(ref));
    if (id === undefined) throw referenceDoesNotExist();
    add(id, ref);
  }
  return out;
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

/** The docker-archive of the named images, and the `save` events. */
export function saveImages(store: ImageStore, names: readonly string[]): { tar: Uint8Array; events: EventSpec[] } {
  const selected = selectImages(store, names);
  let tree = emptyTree();
  const blob = (hex: string, data: Uint8Array | string, mtime: number) => {
    tree = putNode(tree, ['blobs', 'sha256', hex], fileNode(data, { mtime }));
  };
  const manifest: ArchiveManifestEntry[] = [];
  const repositories: { [name: string]: { [tag: string]: string } } = {};
  const descriptors: object[] = [];
  const events: EventSpec[] = [];
  for (const [id, refs] of selected) {
    const image = store.images.get(id) as ImageRecord;
    const layers = layersOf(store, image);
    if (layers.length === 0) throw emptyExport();
    const created = createdMs(image);
    const layerDescriptors = layers.map((layer) => {
      const tar = layerTarOf(layer);
      blob(digestHex(layer.diffId), tar, created);
      return { mediaType: OCI_MEDIA_TYPES.layer, digest: layer.diffId, size: tar.length };
    });
    blob(digestHex(image.id), image.rawConfig, created);
    const ociManifest = json({
      schemaVersion: 2,
      mediaType: OCI_MEDIA_TYPES.manifest,
      config: { mediaType: OCI_MEDIA_TYPES.config, digest: image.id, size: new TextEncoder().encode(image.rawConfig).length },
      layers: layerDescriptors,
    });
    const manifestDigest = digestOf(ociManifest);
    blob(digestHex(manifestDigest), ociManifest, 0);
    const untagged = { mediaType: OCI_MEDIA_TYPES.manifest, digest: manifestDigest, size: new TextEncoder().encode(ociManifest).length };
    for (const ref of refs) {
      (repositories[familiarName(ref)] ??= {})[ref.tag!] = digestHex(layers[layers.length - 1]!.diffId);
      descriptors.push({ ...untagged, annotations: { 'io.containerd.image.name': formatReference(ref), 'org.opencontainers.image.ref.name': ref.tag } });
    }
    if (refs.length === 0) descriptors.push(untagged);
    manifest.push({
      Config: `blobs/sha256/${digestHex(image.id)}`,
      RepoTags: refs.length > 0 ? refs.map((r) => familiarString(r)) : null,
      Layers: layers.map((l) => `blobs/sha256/${digestHex(l.diffId)}`),
      ...(image.parent && selected.has(image.parent) ? { Parent: image.parent } : {}),
    });
    events.push(imageEvent('save', id, id, image.config.config.Labels));
  }
  tree = putNode(tree, 'index.json', fileNode(json({ schemaVersion: 2, mediaType: OCI_MEDIA_TYPES.index, manifests: descriptors })));
  tree = putNode(tree, 'manifest.json', fileNode(json(manifest) + '\n'));
  tree = putNode(tree, 'oci-layout', fileNode('{"imageLayoutVersion": "1.0.0"}'));
  if (Object.keys(repositories).length > 0) tree = putNode(tree, 'repositories', fileNode(json(repositories) + '\n'));
  return { tar: treeToTar(tree), events };
}

