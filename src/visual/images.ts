/**
 * @module
 * Image and layer nodes of one host: what `docker images -a` lists, and the layer store beneath
 * it — one node per layer however many images share it, so a pull that says "Already exists"
 * adds no layer to the picture. An image also points at the older image it shares the most
 * bottom layers with: its base, seen from the layer store (BuildKit records no parent).
 */
import { shortId } from '../core/ids.js';
import type { HostState } from '../daemon/state.js';
import { repoTagsAndDigests } from '../image/inspect.js';
import { createdMs } from '../image/list.js';
import type { ImageRecord, ImageStore, LayerRecord } from '../image/records.js';
import { NodeMemo } from './memo.js';
import { edgeId, type ImageNode, type LayerNode, type SceneEdge } from './scene.js';

const images = new NodeMemo<ImageRecord, ImageNode>();
const layerMemo = new NodeMemo<LayerRecord, LayerNode>();

/** The node id of a host's image. */
export function imageNodeId(host: string, imageId: string): string {
  return `${host}/image/${imageId}`;
}

/** The node id of a host's layer. */
export function layerNodeId(host: string, chainId: string): string {
  return `${host}/layer/${chainId}`;
}

/** Image and layer nodes with their `layer`, `parent` and `shares` edges; `containers` counts containers by image id. */
export function imageNodes(
  host: string,
  state: HostState,
  containers: ReadonlyMap<string, number>,
  options: { readonly intermediates: boolean },
): { images: ImageNode[]; layers: LayerNode[]; edges: SceneEdge[] } {
  const store = state.images;
  const parents = new Set<string>();
  for (const image of store.images.values()) if (image.parent) parents.add(image.parent);
  const records = [...store.images.values()].sort(oldestFirst);
  const nodes: ImageNode[] = [];
  const edges: SceneEdge[] = [];
  const layerUse = new Map<string, number>();
  // A chain ID names a whole stack of layers, so the topmost one two images both hold is the run
  // of bottom layers they share. `tops`: shown images by their top chain ID; `older`: the oldest
  // shown image so far holding each chain ID.
  const shown = records.filter((image) => options.intermediates || !isHiddenIntermediate(image, parents));
  const tops = new Map<string, string[]>();
  for (const image of shown) {
    const top = image.chain[image.chain.length - 1];
    if (top !== undefined) tops.set(top, [...(tops.get(top) ?? []), image.id]);
  }
  const older = new Map<string, string>();
  for (const image of shown) {
    const intermediate = image.references.length === 0 && parents.has(image.id);
    const id = imageNodeId(host, image.id);
    image.chain.forEach((chainId, index) => {
      layerUse.set(chainId, (layerUse.get(chainId) ?? 0) + 1);
      edges.push({ id: edgeId('layer', id, layerNodeId(host, chainId)), kind: 'layer', from: id, to: layerNodeId(host, chainId), label: String(index), active: true });
    });
    let parent: string | undefined;
    if (image.parent && store.images.has(image.parent) && (options.intermediates || !isHiddenIntermediate(store.images.get(image.parent)!, parents))) {
      parent = imageNodeId(host, image.parent);
      edges.push({ id: edgeId('parent', id, parent), kind: 'parent', from: id, to: parent, active: true });
    }
    // A shown parent already tells the lineage (classic builds, commits).
    const shared = parent ? undefined : sharedBase(image.chain, tops, older);
    if (shared && shared.image !== image.id) {
      const to = imageNodeId(host, shared.image);
      edges.push({ id: edgeId('shares', id, to), kind: 'shares', from: id, to, label: `${shared.layers} layer${shared.layers === 1 ? '' : 's'}`, active: true });
    }
    for (const chainId of image.chain) if (!older.has(chainId)) older.set(chainId, image.id);
    const count = containers.get(image.id) ?? 0;
    nodes.push(images.get(image, host, () => imageNode(host, id, image, store.layers, { intermediate, containers: count }), (n) => n.containers === count && n.intermediate === intermediate));
  }
  // Layers in the order images first reach them, bottom first: shared bases come first.
  const layers: LayerNode[] = [];
  for (const [chainId, count] of layerUse) {
    const layer = store.layers.get(chainId);
    if (!layer) continue;
    layers.push(layerMemo.get(layer, host, () => layerNode(host, layer, count), (n) => n.images === count));
  }
  return { images: nodes, layers, edges };
}

function imageNode(host: string, id: string, image: ImageRecord, layers: ImageStore['layers'], extra: Pick<ImageNode, 'intermediate' | 'containers'>): ImageNode {
  const { tags, digests } = repoTagsAndDigests(image);
  return {
    kind: 'image',
    id,
    host,
    label: tags[0] ?? digests[0] ?? shortId(image.id),
    imageId: image.id,
    tags,
    digests,
    size: image.chain.reduce((sum, chainId) => sum + (layers.get(chainId)?.size ?? 0), 0),
    created: createdMs(image),
    layers: image.chain.map((chainId) => layerNodeId(host, chainId)),
    dangling: tags.length === 0 && digests.length === 0,
    ...extra,
  };
}

function layerNode(host: string, layer: LayerRecord, images: number): LayerNode {
  return {
    kind: 'layer',
    id: layerNodeId(host, layer.chainId),
    host,
    label: shortId(layer.diffId),
    chainId: layer.chainId,
    diffId: layer.diffId,
    size: layer.size,
    ...(layer.parent ? { parent: layerNodeId(host, layer.parent) } : {}),
    images,
  };
}

/**
 * The image `chain` shares the most bottom layers with: an image whose whole chain is a proper
 * prefix of it (what it was built or pulled FROM, whatever their dates), else an older image with
 * the same chain, else the older image holding its longest bottom run (a sibling on a removed base).
 */
function sharedBase(chain: readonly string[], tops: ReadonlyMap<string, readonly string[]>, older: ReadonlyMap<string, string>): { image: string; layers: number } | undefined {
  const last = chain.length - 1;
  const twin = last >= 0 ? older.get(chain[last]!) : undefined;
  if (twin && tops.get(chain[last]!)?.includes(twin)) return { image: twin, layers: chain.length };
  for (let i = last - 1; i >= 0; i--) {
    const base = tops.get(chain[i]!)?.[0];
    if (base) return { image: base, layers: i + 1 };
  }
  // An older image holding the whole chain is built on this one: its edge says so.
  if (last >= 0 && older.has(chain[last]!)) return undefined;
  for (let i = last - 1; i >= 0; i--) {
    const holder = older.get(chain[i]!);
    if (holder) return { image: holder, layers: i + 1 };
  }
  return undefined;
}

function isHiddenIntermediate(image: ImageRecord, parents: ReadonlySet<string>): boolean {
  return image.references.length === 0 && parents.has(image.id);
}

function oldestFirst(a: ImageRecord, b: ImageRecord): number {
  return createdMs(a) - createdMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
