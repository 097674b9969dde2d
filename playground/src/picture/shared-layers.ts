/**
 * @module
 * Shared layers made visible. Docker stores a layer once however many images hold it (a pull
 * says "Already exists"); the picture shows it three ways: the same colour in every image (by
 * ChainID), a darker outline on the bars of layers another image also holds, and a `shares` arc
 * joining the bottom bars two images have in common. Hovering a bar lights it up wherever it is.
 */
import type { SceneNode } from 'dockersim';
import { GEOMETRY, type Box } from './layout.js';

const chainOf = (layerId: string) => layerId.slice(layerId.lastIndexOf('/') + 1);

/** Marks each image card's bars whose layer some other image card also holds (class `shared`). */
export function markSharedLayers(cards: Iterable<{ readonly g: SVGGElement; readonly node: SceneNode }>): void {
  const list = [...cards];
  const holders = new Map<string, number>();
  for (const { node } of list) if (node.kind === 'image') for (const layer of node.layers) holders.set(chainOf(layer), (holders.get(chainOf(layer)) ?? 0) + 1);
  for (const { g, node } of list) {
    if (node.kind !== 'image') continue;
    for (const bar of g.querySelectorAll<SVGRectElement>('rect.layer')) bar.classList.toggle('shared', (holders.get(bar.dataset['layer'] ?? '') ?? 0) > 1);
  }
}

/**
 * The part of an image card (at `box`) where its bottom `count` layers are drawn, so a `shares`
 * arc leaves and reaches the shared bars rather than the cards' middles.
 */
export function sharedBars(box: Box, node: SceneNode, count: number): Box {
  if (node.kind !== 'image') return box;
  const shown = Math.min(node.layers.length, GEOMETRY.maxLayers);
  const n = Math.max(1, Math.min(count, shown));
  return { x: box.x, y: box.y + GEOMETRY.barsTop + (shown - n) * GEOMETRY.layerBar, w: box.w, h: n * GEOMETRY.layerBar };
}

/** Lights up every bar of the layer under the pointer (class `lit`) while it stays there. */
export function highlightOnHover(svg: SVGSVGElement): void {
  const light = (chainId: string | undefined) => {
    for (const bar of svg.querySelectorAll<SVGRectElement>('rect.layer.lit')) bar.classList.remove('lit');
    if (chainId) for (const bar of svg.querySelectorAll<SVGRectElement>(`rect.layer[data-layer="${chainId}"]`)) bar.classList.add('lit');
  };
  svg.addEventListener('pointerover', (e) => light(e.target instanceof SVGRectElement && e.target.classList.contains('layer') ? e.target.dataset['layer'] : undefined));
  svg.addEventListener('pointerleave', () => light(undefined));
}
