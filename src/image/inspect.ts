/**
 * @module
 * `docker image inspect` (`GET /images/{name}/json`): the Engine API `ImageInspect` of a classic
 * store image — references split into tags and digests, the config's run-time defaults, the size
 * of its layers, the overlay2 directories, the DiffIDs and the last tag time.
 */
import { digestHex, sha256Hex } from '../core/digest.js';
import { formatTimestamp, ZERO_TIME } from '../core/time.js';
import { familiarString } from '../reference/format.js';
import { parseReference } from '../reference/parse.js';
import type { ImageConfig } from './config.js';
import type { ImageRecord, ImageStore } from './records.js';
import { imageSize } from './store.js';

/** `GET /images/{name}/json` (Engine API `ImageInspect`, classic store). */
export interface ImageInspect {
  readonly Id: string;
  readonly RepoTags: readonly string[];
  readonly RepoDigests: readonly string[];
  readonly Parent: string;
  readonly Comment: string;
  readonly Created?: string;
  readonly DockerVersion: string;
  readonly Author: string;
  readonly Config: ImageConfig;
  readonly Architecture: string;
  readonly Variant?: string;
  readonly Os: string;
  readonly OsVersion?: string;
  readonly Size: number;
  readonly GraphDriver: { readonly Name: 'overlay2'; readonly Data: { readonly [key: string]: string } };
  readonly RootFS: { readonly Type: 'layers'; readonly Layers: readonly string[] };
  readonly Metadata: { readonly LastTagTime: string };
}

/** An image's references in Docker's familiar form, split into tags and digests (index order). */
export function repoTagsAndDigests(image: ImageRecord): { tags: string[]; digests: string[] } {
  const tags: string[] = [];
  const digests: string[] = [];
  for (const key of image.references) {
    const ref = parseReference(key);
    if (ref.digest && !ref.tag) digests.push(familiarString(ref));
    else tags.push(familiarString(ref));
  }
  return { tags, digests };
}

/** The overlay2 directory of a layer (a cache ID derived from its ChainID, as stable as Docker's random one). */
export function overlayDir(chainId: string): string {
  return `/var/lib/docker/overlay2/${sha256Hex(`overlay2:${digestHex(chainId as never)}`)}`;
}

/** The inspect view of an image. */
export function inspectImage(store: ImageStore, image: ImageRecord): ImageInspect {
  const { tags, digests } = repoTagsAndDigests(image);
  const doc = image.config;
  const top = image.chain[image.chain.length - 1];
  const data: { [key: string]: string } = {};
  if (top) {
    const dir = overlayDir(top);
    const lowers = image.chain.slice(0, -1).reverse().map((c) => `${overlayDir(c)}/diff`);
    if (lowers.length > 0) data['LowerDir'] = lowers.join(':');
    Object.assign(data, { MergedDir: `${dir}/merged`, UpperDir: `${dir}/diff`, WorkDir: `${dir}/work` });
  }
  return {
    Id: image.id,
    RepoTags: tags,
    RepoDigests: digests,
    Parent: image.parent,
    Comment: doc.comment ?? '',
    ...(doc.created ? { Created: doc.created } : {}),
    DockerVersion: doc.docker_version ?? '',
    Author: doc.author ?? '',
    Config: doc.config,
    Architecture: doc.architecture,
    ...(doc.variant ? { Variant: doc.variant } : {}),
    Os: doc.os,
    ...(doc['os.version'] ? { OsVersion: doc['os.version'] } : {}),
    Size: imageSize(store, image),
    GraphDriver: { Name: 'overlay2', Data: data },
    RootFS: { Type: 'layers', Layers: [...doc.rootfs.diff_ids] },
    Metadata: { LastTagTime: image.lastTagTime === undefined ? ZERO_TIME : formatTimestamp(image.lastTagTime) },
  };
}
