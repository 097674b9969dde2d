/**
 * @module
 * Docker Hub's catalogue of official images, as the `docker.io` registry of every world serves
 * it: repositories and tags below, each built on first use (then cached for the process) from
 * the constant specs in this folder. See `spec.ts` for what the contents and sizes are.
 */
import type { BlobRecord, RepositoryRecord } from '../state.js';
import { buildRepository } from './build.js';
import type { CatalogueImage } from './spec.js';
import { ALPINE } from './alpine.js';
import { BUSYBOX } from './busybox.js';
import { DEBIAN, UBUNTU } from './debian.js';
import { GETTING_STARTED } from './getting-started.js';
import { HELLO_WORLD } from './hello-world.js';
import { MYSQL, ORACLELINUX_9_SLIM } from './mysql.js';
import { NETSHOOT } from './netshoot.js';
import { NGINX } from './nginx.js';
import { BUILDPACK_DEPS, NODE } from './node.js';
import { POSTGRES } from './postgres.js';
import { PYTHON } from './python.js';
import { REDIS } from './redis.js';
import { REGISTRY } from './registry-image.js';

/** Repository path → its images (each with its tags). Contents are built on first use. */
export const CATALOGUE: { readonly [path: string]: () => readonly CatalogueImage[] } = {
  'library/hello-world': () => HELLO_WORLD,
  'library/alpine': () => ALPINE,
  'library/busybox': () => BUSYBOX,
  'library/ubuntu': () => UBUNTU,
  'library/debian': () => DEBIAN,
  'library/buildpack-deps': () => [BUILDPACK_DEPS],
  'library/node': () => NODE,
  'library/nginx': () => NGINX,
  'library/oraclelinux': () => [ORACLELINUX_9_SLIM],
  'library/mysql': () => MYSQL,
  'library/redis': () => REDIS,
  'library/postgres': () => POSTGRES,
  'library/python': () => PYTHON,
  'library/registry': () => REGISTRY,
  'docker/getting-started': () => GETTING_STARTED,
  'nicolaka/netshoot': () => NETSHOOT,
};

const repositories = new Map<string, RepositoryRecord>();
const blobs = new Map<string, BlobRecord>();

/** Docker Hub's catalogue, built lazily. */
export const dockerHubCatalogue = {
  /** The repository at `path`, if the catalogue has it. */
  repository(path: string): RepositoryRecord | undefined {
    const cached = repositories.get(path);
    if (cached) return cached;
    const images = Object.hasOwn(CATALOGUE, path) ? CATALOGUE[path]!() : undefined;
    if (!images) return undefined;
    const { repository, blobs: own } = buildRepository(path, images);
    for (const blob of own) {
      const known = blobs.get(blob.digest);
      // Two catalogue layers with the same bytes must also agree on their nominal sizes.
      if (known && known.size !== blob.size) throw new Error(`catalogue blobs ${blob.digest} of ${path} disagree on their size`);
      blobs.set(blob.digest, blob);
    }
    repositories.set(path, repository);
    return repository;
  },
  /** A blob of an already built repository. */
  blob(digest: string): BlobRecord | undefined {
    return blobs.get(digest);
  },
  /** Every repository path. */
  paths(): string[] {
    return Object.keys(CATALOGUE).sort();
  },
};
