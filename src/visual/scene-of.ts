/**
 * @module
 * `sceneOf`: the pure function from a world's state to its {@link Scene}. It reads only the
 * frozen state (never a daemon), so it works on any snapshot — the current state, the `previous`
 * of a commit, a state restored from a save — which is what makes replays and time travel cheap.
 */
import type { HostState } from '../daemon/state.js';
import type { WorldState } from '../world/state.js';
import { containerNodes, containerRecords } from './containers.js';
import { imageNodes } from './images.js';
import { networkNodes } from './networks.js';
import { repositoryNodes, taggedEdges } from './registries.js';
import type { ImageNode, Scene, SceneEdge, SceneNode } from './scene.js';
import { volumeNodes } from './volumes.js';

/** Options of {@link sceneOf}. */
export interface SceneOptions {
  /** Only these hosts (default: every host). */
  readonly hosts?: readonly string[];
  /** Show a classic build's intermediate images, as `docker images -a` does (default false, as `docker images`). */
  readonly intermediates?: boolean;
  /** Show registry repositories (default true). */
  readonly registries?: boolean;
}

/** The scene of `state`: every host's images, layers, containers, networks and volumes, and the registries' repositories. */
export function sceneOf(state: WorldState, options: SceneOptions = {}): Scene {
  const hosts = (options.hosts ?? Object.keys(state.hosts)).filter((name) => state.hosts[name] !== undefined);
  const nodes: SceneNode[] = [];
  const edges: SceneEdge[] = [];
  const references = new Map<string, readonly string[]>();
  const imageNodesAll: ImageNode[] = [];
  for (const name of hosts) {
    const host = hostScene(name, state.hosts[name]!, options.intermediates ?? false);
    nodes.push(...host.nodes);
    edges.push(...host.edges);
    imageNodesAll.push(...host.images);
    for (const [id, refs] of host.references) references.set(id, refs);
  }
  const repositories = options.registries === false ? [] : repositoryNodes(state.registries);
  nodes.push(...repositories);
  edges.push(...taggedEdges(imageNodesAll, references, repositories));
  return { hosts, registries: [...new Set(repositories.map((r) => r.registry))], nodes, edges };
}

function hostScene(name: string, state: HostState, intermediates: boolean) {
  const records = containerRecords(state);
  const byImage = new Map<string, number>();
  for (const c of records) byImage.set(c.Image, (byImage.get(c.Image) ?? 0) + 1);
  const { images, layers, edges: imageEdges } = imageNodes(name, state, byImage, { intermediates });
  const volumes = volumeNodes(name, state);
  const { containers, edges: containerEdges } = containerNodes(name, records, new Set(images.map((i) => i.imageId)), new Set(volumes.map((v) => v.name)));
  const { networks, edges: networkEdges } = networkNodes(name, state, records);
  const references = new Map<string, readonly string[]>();
  for (const image of images) references.set(image.id, state.images.images.get(image.imageId)?.references ?? []);
  return {
    images,
    references,
    nodes: [...images, ...layers, ...containers, ...networks, ...volumes],
    edges: [...imageEdges, ...containerEdges, ...networkEdges],
  };
}
