/**
 * @module
 * A handle on one registry of a world (`world.registry('localhost:5000')`): accounts, private
 * repositories and collaborators, the transfer model, and seeding images directly (for lessons
 * and tests). Every change is one commit of the world's store; reading goes through the view
 * (Docker Hub's catalogue included).
 */
import { castDraft } from 'immer';
import { DockerError } from '../core/errors.js';
import type { Store } from '../core/store.js';
import type { HostEvent } from '../daemon/context.js';
import { diffIdOf, layerBlobOf } from '../fs/layer-digest.js';
import type { DirectoryNode } from '../fs/node.js';
import { buildTree, treeSize, type TreeSpec } from '../fs/tree.js';
import type { ImageConfig } from '../image/config.js';
import { newImageConfig } from '../image/new-config.js';
import { serializeImageConfig } from '../image/config.js';
import { tagNameOnly } from '../reference/format.js';
import { parseNormalizedNamed } from '../reference/parse.js';
import type { WorldState } from '../world/state.js';
import { MEDIA_TYPES } from './manifest.js';
import { publishImage } from './publish.js';
import { newRepository, type LayerBlobRecord, type ManifestRecord, type RegistryState, type TransferModel } from './state.js';
import { findManifest, findRepository, repositoryNames } from './view.js';

/** An image to seed into a registry. */
export interface SeedImage {
  /** Layers bottom first, as trees or tree specs. */
  readonly layers: readonly (DirectoryNode | TreeSpec)[];
  /** Run-time configuration. */
  readonly config?: ImageConfig;
  /** Creation time (virtual epoch ms); default the world's epoch. */
  readonly created?: number;
}

/** One registry of a world. */
export class Registry {
  /** Hostname (with port) as references name it. */
  readonly hostname: string;
  readonly #store: Store<WorldState, HostEvent>;

  constructor(hostname: string, store: Store<WorldState, HostEvent>) {
    this.hostname = hostname;
    this.#store = store;
  }

  /** The registry's current state. */
  get state(): RegistryState {
    const state = this.#store.state.registries[this.hostname];
    if (!state) throw new RangeError(`no registry ${this.hostname}`);
    return state;
  }

  #update(change: (state: RegistryState) => RegistryState): this {
    const host = this.hostname;
    const next = change(this.state);
    this.#store.commit((world) => {
      world.registries[host] = castDraft(next);
    });
    return this;
  }

  /** Adds (or changes the password of) an account. */
  addUser(username: string, password: string): this {
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(username)) throw new DockerError('InvalidParameter', `invalid username: ${username}`);
    return this.#update((s) => ({ ...s, users: s.users.set(username, password) }));
  }

  /** Removes an account. */
  removeUser(username: string): this {
    return this.#update((s) => ({ ...s, users: s.users.delete(username) }));
  }

  /** Creates a repository (public unless `private`), or changes an existing one's visibility and collaborators. */
  createRepository(path: string, options: { readonly private?: boolean; readonly collaborators?: readonly string[] } = {}): this {
    const ref = parseNormalizedNamed(`${this.hostname}/${path}`);
    if (ref.tag || ref.digest || ref.path !== path) throw new DockerError('InvalidParameter', `invalid repository name: ${path}`);
    return this.#update((s) => {
      const existing = s.repositories.get(path) ?? (findRepository(s, path) ? { ...newRepository(path), private: findRepository(s, path)!.private } : newRepository(path));
      const repository = { ...existing, private: options.private ?? existing.private, collaborators: options.collaborators ?? existing.collaborators };
      return { ...s, repositories: s.repositories.set(path, repository) };
    });
  }

  /** Makes a repository private (pull needs its owner's or a collaborator's login) or public. */
  setPrivate(path: string, value: boolean): this {
    return this.createRepository(path, { private: value });
  }

  /** Changes how fast pulls and pushes move (e.g. `{ bandwidth: 1_000_000 }` for a visible 1 MB/s lesson). */
  setTransfer(model: Partial<TransferModel>): this {
    return this.#update((s) => ({ ...s, transfer: { ...s.transfer, ...model } }));
  }

  /** Repository paths (`GET /v2/_catalog`). */
  repositories(): string[] {
    return repositoryNames(this.state);
  }

  /** Tags of a repository, sorted (`GET /v2/<name>/tags/list`); empty when it does not exist. */
  tags(path: string): string[] {
    const repo = findRepository(this.state, path);
    return repo ? [...repo.tags.keys()].sort() : [];
  }

  /** The manifest a tag or digest names (`GET /v2/<name>/manifests/<reference>`). */
  manifest(path: string, reference: string): ManifestRecord | undefined {
    const repo = findRepository(this.state, path);
    return repo ? findManifest(repo, reference) : undefined;
  }

  /** Publishes an image under `reference` (`myorg/app:1`, relative to this registry) without a daemon. */
  addImage(reference: string, image: SeedImage): { digest: string } {
    const ref = tagNameOnly(parseNormalizedNamed(`${this.hostname}/${reference}`));
    if (!ref.tag) throw new DockerError('InvalidParameter', 'cannot push a digest reference');
    const created = image.created ?? Date.UTC(2025, 0, 1);
    const trees = image.layers.map((l) => ('kind' in l && l.kind === 'directory' ? (l as DirectoryNode) : buildTree(l as TreeSpec, { mtime: created })));
    const layers: LayerBlobRecord[] = trees.map((tree) => {
      const blob = layerBlobOf(tree);
      return { kind: 'layer', digest: blob.digest, mediaType: MEDIA_TYPES.dockerLayer, size: blob.size, diffId: diffIdOf(tree), uncompressedSize: treeSize(tree), tree };
    });
    const config = newImageConfig({
      diffIds: layers.map((l) => l.diffId),
      config: image.config ?? {},
      history: layers.map((_, i) => ({ created_by: `/bin/sh -c #(nop) ADD layer${i} / `, created: new Date(created).toISOString() })),
      created,
    });
    let digest = '';
    this.#update((s) => {
      const published = publishImage(s, ref.path, ref.tag!, { layers, rawConfig: serializeImageConfig(config) });
      digest = published.digest;
      return published.state;
    });
    return { digest };
  }
}
