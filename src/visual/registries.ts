/**
 * @module
 * Repository nodes of the world's registries — what users pushed or seeded, not Docker Hub's
 * built-in catalogue (which is read through, never stored) — and `tagged` edges from the local
 * images whose references name them: after `docker push`, the image and its repository meet.
 */
import type { Reference } from '../reference/parse.js';
import { parseReference } from '../reference/parse.js';
import type { RegistryState } from '../registry/state.js';
import type { ImageNode, RepositoryNode, SceneEdge } from './scene.js';
import { edgeId } from './scene.js';

/** The node id of a registry's repository. */
export function repositoryNodeId(registry: string, name: string): string {
  return `registry/${registry}/${name}`;
}

/** Repository nodes of every registry with stored content, sorted by registry and name. */
export function repositoryNodes(registries: { readonly [hostname: string]: RegistryState }): RepositoryNode[] {
  const nodes: RepositoryNode[] = [];
  for (const hostname of Object.keys(registries).sort()) {
    const repositories = [...registries[hostname]!.repositories.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const repo of repositories) {
      nodes.push({
        kind: 'repository',
        id: repositoryNodeId(hostname, repo.name),
        host: hostname,
        label: hostname === 'docker.io' ? repo.name : `${hostname}/${repo.name}`,
        registry: hostname,
        name: repo.name,
        tags: [...repo.tags.keys()].sort(),
      });
    }
  }
  return nodes;
}

/** `tagged` edges from images to the repositories (with that tag) their references name. */
export function taggedEdges(images: readonly ImageNode[], references: ReadonlyMap<string, readonly string[]>, repositories: readonly RepositoryNode[]): SceneEdge[] {
  const byId = new Map(repositories.map((r) => [r.id, r]));
  const edges: SceneEdge[] = [];
  for (const image of images) {
    const tagsByRepo = new Map<string, string[]>();
    for (const key of references.get(image.id) ?? []) {
      const ref = parsed(key);
      if (!ref?.tag) continue;
      const to = repositoryNodeId(ref.domain, ref.path);
      if (!byId.get(to)?.tags.includes(ref.tag)) continue;
      tagsByRepo.set(to, [...(tagsByRepo.get(to) ?? []), ref.tag]);
    }
    for (const [to, tags] of tagsByRepo) edges.push({ id: edgeId('tagged', image.id, to), kind: 'tagged', from: image.id, to, label: tags.join(', '), active: true });
  }
  return edges;
}

function parsed(key: string): Reference | undefined {
  try {
    return parseReference(key);
  } catch {
    return undefined;
  }
}
