/**
 * @module
 * Image manifests as registries serve them: Docker's schema 2 manifest (what `docker push`
 * uploads, pretty-printed with three spaces as Docker writes it) and OCI manifests and indexes
 * (what Docker Hub serves for official images, two-space indented as BuildKit writes them). The
 * manifest digest is the sha256 of these exact bytes.
 */
import { DockerError } from '../core/errors.js';

/** The media types of distribution and the OCI image spec. */
export const MEDIA_TYPES = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const;

/** A platform in an index (`linux/amd64`, `linux/arm64/v8`). */
export interface Platform {
  readonly architecture: string;
  readonly os: string;
  readonly variant?: string;
}

/** A content descriptor. */
export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly platform?: Platform;
  readonly annotations?: { readonly [key: string]: string };
}

/** An image manifest: one config and the layers. */
export interface ImageManifest {
  readonly schemaVersion: 2;
  readonly mediaType: string;
  readonly config: Descriptor;
  readonly layers: readonly Descriptor[];
}

/** An index (manifest list): one manifest per platform. */
export interface ManifestIndex {
  readonly schemaVersion: 2;
  readonly mediaType: string;
  readonly manifests: readonly Descriptor[];
}

/** The schema 2 manifest `docker push` uploads (Docker's key order and indentation). */
export function dockerManifest(config: Descriptor, layers: readonly Descriptor[]): string {
  const d = (x: Descriptor) => ({ mediaType: x.mediaType, size: x.size, digest: x.digest });
  return JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.dockerManifest, config: d(config), layers: layers.map(d) }, null, 3);
}

function oci(x: Descriptor): object {
  return { mediaType: x.mediaType, digest: x.digest, size: x.size, ...(x.annotations ? { annotations: x.annotations } : {}), ...(x.platform ? { platform: x.platform } : {}) };
}

/** An OCI image manifest (BuildKit's layout). */
export function ociManifest(config: Descriptor, layers: readonly Descriptor[]): string {
  return JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: oci(config), layers: layers.map(oci) }, null, 2);
}

/** An OCI index over per-platform manifests. */
export function ociIndex(manifests: readonly Descriptor[]): string {
  return JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: manifests.map(oci) }, null, 2);
}

/** True for an index or manifest list. */
export function isIndex(m: ImageManifest | ManifestIndex): m is ManifestIndex {
  return 'manifests' in m;
}

/** Parses manifest bytes (either kind); a malformed one is `MANIFEST_INVALID`. */
export function parseManifest(raw: string): ImageManifest | ManifestIndex {
  let m: unknown;
  try {
    m = JSON.parse(raw);
  } catch {
    throw new DockerError('InvalidParameter', 'manifest invalid: manifest invalid');
  }
  const o = m as Partial<ImageManifest & ManifestIndex>;
  if (o.schemaVersion !== 2 || !(Array.isArray(o.manifests) || (o.config && Array.isArray(o.layers)))) {
    throw new DockerError('InvalidParameter', 'manifest invalid: manifest invalid');
  }
  return o as ImageManifest | ManifestIndex;
}

/** `linux/amd64`, `linux/arm64/v8`. */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, ...(p.variant ? [p.variant] : [])].join('/');
}

/** Parses `os/arch[/variant]` (an `arm64` without variant means `v8`, as containerd normalizes it). */
export function parsePlatform(text: string): Platform {
  const [os = '', architecture = '', variant] = text.toLowerCase().split('/');
  if (!os || !architecture) throw new DockerError('InvalidParameter', `"${text}": unknown operating system or architecture: invalid argument`);
  const arch = architecture === 'x86_64' ? 'amd64' : architecture === 'aarch64' ? 'arm64' : architecture;
  return { os, architecture: arch, ...(variant ? { variant } : arch === 'arm64' ? { variant: 'v8' } : {}) };
}

/** True when `candidate` serves `wanted` (variants compared when both have one). */
export function platformMatches(wanted: Platform, candidate: Platform): boolean {
  return wanted.os === candidate.os && wanted.architecture === candidate.architecture && (!wanted.variant || !candidate.variant || wanted.variant === candidate.variant);
}
