/**
 * @module
 * What an in-memory registry holds (distribution's storage model): repositories with tags →
 * manifests, content-addressed blobs (layers and configs) linked into repositories, user
 * accounts, the access rules, and the transfer model that paces pulls and pushes in virtual time.
 * Docker Hub's pre-seeded catalogue is not stored here: it is constant, built lazily once per
 * process, and read through (see `view.ts`), so a world stays small and fast to create and save.
 */
import { Table } from '../core/table.js';
import type { DirectoryNode } from '../fs/node.js';

/** How fast a registry moves bytes: virtual-time pacing of pulls and pushes. */
export interface TransferModel {
  /** Bytes per second shared by the concurrent transfers of one pull or push. */
  readonly bandwidth: number;
  /** Round-trip time of each request, in milliseconds. */
  readonly latency: number;
}

/** The default transfer model: fast (100 MB/s, 10 ms per request). */
export const DEFAULT_TRANSFER: TransferModel = Object.freeze({ bandwidth: 100_000_000, latency: 10 });

/** A manifest or index stored in a repository: its exact bytes (the digest is their sha256). */
export interface ManifestRecord {
  readonly digest: string;
  readonly mediaType: string;
  readonly raw: string;
}

/** A layer blob: the compressed bytes' digest and size, and the layer they decompress to. */
export interface LayerBlobRecord {
  readonly kind: 'layer';
  readonly digest: string;
  readonly mediaType: string;
  /** Compressed size (for catalogue layers, the real image's nominal size). */
  readonly size: number;
  readonly diffId: string;
  /** Uncompressed content size (nominal for catalogue layers). */
  readonly uncompressedSize: number;
  readonly tree: DirectoryNode;
  /** Original uncompressed tar, when it differs from the simulation's serialization of `tree`. */
  readonly tar?: Uint8Array;
}

/** A configuration blob: its exact JSON text. */
export interface ConfigBlobRecord {
  readonly kind: 'config';
  readonly digest: string;
  readonly mediaType: string;
  readonly size: number;
  readonly raw: string;
}

/** Any blob. */
export type BlobRecord = LayerBlobRecord | ConfigBlobRecord;

/** A repository: tags, manifests, linked blobs and who may see it. */
export interface RepositoryRecord {
  /** Path in the registry (`library/alpine`, `myuser/app`). */
  readonly name: string;
  /** Pull needs the owner's or a collaborator's credentials. */
  readonly private: boolean;
  /** Users besides the namespace owner who may pull (private) and push. */
  readonly collaborators: readonly string[];
  /** Tag → manifest digest. */
  readonly tags: Table<string>;
  /** Digest → manifest. */
  readonly manifests: Table<ManifestRecord>;
  /** Digests of blobs linked into this repository. */
  readonly blobs: Table<true>;
}

/** One registry. */
export interface RegistryState {
  /** Hostname with optional port, as references name it (`docker.io`, `localhost:5000`). */
  readonly hostname: string;
  /** Serve Docker Hub's catalogue of official images beneath the stored content. */
  readonly catalogue: boolean;
  readonly repositories: Table<RepositoryRecord>;
  /** Blobs by digest. */
  readonly blobs: Table<BlobRecord>;
  /** Accounts: username → password. */
  readonly users: Table<string>;
  /** Every request needs valid credentials (registry:2 with htpasswd). */
  readonly requireAuth: boolean;
  /** Docker Hub's rule: a user pushes only to its own namespace (or where it collaborates). */
  readonly namespaces: boolean;
  readonly transfer: TransferModel;
}

/** Options of a new registry. */
export interface RegistryOptions {
  /** Accounts (username → password). */
  readonly users?: { readonly [username: string]: string };
  /** Require credentials for everything (default false). */
  readonly requireAuth?: boolean;
  /** Docker Hub namespace rule (default true for `docker.io`, false elsewhere). */
  readonly namespaces?: boolean;
  /** Transfer pacing (default {@link DEFAULT_TRANSFER}). */
  readonly transfer?: Partial<TransferModel>;
}

/** Docker Hub's hostname. */
export const DOCKER_HUB = 'docker.io';

/** The state of a new registry. */
export function newRegistryState(hostname: string, options: RegistryOptions = {}): RegistryState {
  const hub = hostname === DOCKER_HUB;
  return {
    hostname,
    catalogue: hub,
    repositories: Table.empty(),
    blobs: Table.empty(),
    users: Table.from(Object.entries(options.users ?? {})),
    requireAuth: options.requireAuth ?? false,
    namespaces: options.namespaces ?? hub,
    transfer: { ...DEFAULT_TRANSFER, ...(options.transfer ?? {}) },
  };
}

/** An empty repository. */
export function newRepository(name: string, options: { readonly private?: boolean; readonly collaborators?: readonly string[] } = {}): RepositoryRecord {
  return { name, private: options.private ?? false, collaborators: [...(options.collaborators ?? [])], tags: Table.empty(), manifests: Table.empty(), blobs: Table.empty() };
}
