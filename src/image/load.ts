/**
 * @module
 * `docker load` (`POST /images/load`): reads a docker-archive (the legacy `manifest.json` with
 * its config and layer tars; gzip accepted), checks every layer's DiffID against the config,
 * adds layers and images, sets the archive's tags (moving a tag away from an older image, as
 * Docker announces) and reports `Loaded image: …` lines. Reading is asynchronous (tar parsing);
 * applying is a pure step the service commits at once.
 */
import { digestOf } from '../core/digest.js';
import { DockerError } from '../core/errors.js';
import type { EventSpec } from '../core/events.js';
import { shortId } from '../core/ids.js';
import { invalidDiffId, loadNoManifest } from '../core/messages/image.js';
import type { DirectoryNode } from '../fs/node.js';
import { isGzip, readTar, tarToTree } from '../fs/tar-read.js';
import { gunzipSync } from 'fflate';
import { familiarString, tagNameOnly } from '../reference/format.js';
import { parseNormalizedNamed } from '../reference/parse.js';
import type { ArchiveManifestEntry } from './archive.js';
import { parseImageConfig } from './config.js';
import { imageEvent } from './events.js';
import { progressMessage, type JsonMessage } from './json-message.js';
import { referenceKey } from './lookup.js';
import type { Outcome } from './outcome.js';
import type { ImageStore } from './records.js';
import { putImage, putLayers, setReference } from './store.js';

/** One image of an archive, read and ready to apply. */
export interface ArchiveImage {
  readonly rawConfig: string;
  readonly repoTags: readonly string[];
  readonly parent?: string;
  readonly layers: readonly { readonly tar: Uint8Array; readonly tree: DirectoryNode }[];
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Reads a docker-archive's images (asynchronous: tar parsing). */
export async function readArchive(bytes: Uint8Array): Promise<ArchiveImage[]> {
  let entries;
  try {
    entries = await readTar(bytes);
  } catch {
    throw new DockerError('InvalidParameter', 'unexpected EOF');
  }
  const files = new Map(entries.filter((e) => e.kind === 'file').map((e) => [e.path, e.data]));
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) throw loadNoManifest('docker-import-0000000000');
  let manifest: ArchiveManifestEntry[];
  try {
    manifest = JSON.parse(text(manifestBytes)) as ArchiveManifestEntry[];
  } catch {
    throw new DockerError('InvalidParameter', 'invalid character in manifest.json');
  }
  const out: ArchiveImage[] = [];
  for (const entry of manifest) {
    const config = files.get(entry.Config);
    if (!config) throw new DockerError('InvalidParameter', `open /var/lib/docker/tmp/docker-import-0000000000/${entry.Config}: no such file or directory`);
    const layers = [];
    for (const path of entry.Layers) {
      const data = files.get(path);
      if (!data) throw new DockerError('InvalidParameter', `open /var/lib/docker/tmp/docker-import-0000000000/${path}: no such file or directory`);
      const tar = isGzip(data) ? gunzipSync(data) : data;
      layers.push({ tar, tree: await tarToTree(tar, { layer: true }) });
    }
    out.push({ rawConfig: text(config), repoTags: entry.RepoTags ?? [], ...(entry.Parent ? { parent: entry.Parent } : {}), layers });
  }
  return out;
}

/** Options of {@link loadImages}. */
export interface LoadOptions {
  /** Omit the `Loading layer` progress (the CLI asks for quiet when not on a terminal). */
  readonly quiet?: boolean;
}

/** Adds the archive's images to the store; the result is the JSON messages `docker load` prints. */
export function loadImages(store: ImageStore, images: readonly ArchiveImage[], now: number, options: LoadOptions = {}): Outcome<JsonMessage[]> {
  let current = store;
  const messages: JsonMessage[] = [];
  const events: EventSpec[] = [];
  for (const image of images) {
    const config = parseImageConfig(image.rawConfig);
    const diffIds = config.rootfs.diff_ids;
    if (diffIds.length !== image.layers.length) {
      throw new DockerError('InvalidParameter', `invalid manifest, layers length mismatch: expected ${diffIds.length}, got ${image.layers.length}`);
    }
    image.layers.forEach((layer, i) => {
      const got = digestOf(layer.tar);
      if (got !== diffIds[i]) throw invalidDiffId(i, diffIds[i]!, got);
    });
    const before = current.layers;
    const added = putLayers(current, image.layers.map((l) => ({ tree: l.tree, tar: l.tar })));
    if (!options.quiet) {
      added.chain.forEach((chainId, i) => {
        if (before.has(chainId)) return;
        const size = image.layers[i]!.tar.length;
        messages.push(progressMessage('Loading layer', shortId(chainId), size, size));
      });
    }
    const parent = image.parent && added.store.images.has(image.parent) ? image.parent : undefined;
    const put = putImage(added.store, { config: image.rawConfig, ...(parent ? { parent } : {}) });
    current = put.store;
    const id = put.image.id;
    for (const tag of image.repoTags) {
      const ref = tagNameOnly(parseNormalizedNamed(tag));
      const old = current.references.get(referenceKey(ref));
      if (old !== undefined && old !== id) {
        messages.push({ stream: `The image ${familiarString(ref)} already exists, renaming the old one with ID ${old} to empty string\n` });
      }
      current = setReference(current, ref, id, now);
      messages.push({ stream: `Loaded image: ${familiarString(ref)}\n` });
    }
    if (image.repoTags.length === 0) messages.push({ stream: `Loaded image ID: ${id}\n` });
    events.push(imageEvent('load', id, id, config.config.Labels));
  }
  return { store: current, result: messages, events };
}
