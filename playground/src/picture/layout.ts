/**
 * @module
 * Where each node of a scene goes in the picture: registries' repositories on top, then a band
 * per host with three columns — images (their layers drawn inside), containers, networks above
 * volumes — each in the scene's order. Pure and deterministic: the same scene, the same boxes,
 * so a change moves only what it touches.
 */
import type { ImageNode, Scene, SceneNode } from 'dockersim';

/** A rectangle in picture coordinates. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A heading drawn in the picture. */
export interface Heading {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** `band` for a host or the registries, `column` for a column. */
  readonly level: 'band' | 'column';
}

/** The picture's geometry. */
export interface Layout {
  readonly width: number;
  readonly height: number;
  /** Boxes by node id (layers have none: they are drawn inside their images). */
  readonly boxes: ReadonlyMap<string, Box>;
  readonly headings: readonly Heading[];
}

/** Card width, gaps, where an image card's layer bars start, their height and the most it draws. */
export const GEOMETRY = { card: 244, gap: 12, column: 100, margin: 50, heading: 26, barsTop: 42, layerBar: 7, maxLayers: 12 } as const;

/** The height of a node's card. */
export function cardHeight(node: SceneNode): number {
  switch (node.kind) {
    case 'image':
      return GEOMETRY.barsTop + Math.min(node.layers.length, GEOMETRY.maxLayers) * GEOMETRY.layerBar + 6;
    case 'container':
      return 64;
    case 'network':
      return 46;
    default:
      return 40;
  }
}

/** Lays out `scene`. */
export function layoutScene(scene: Scene): Layout {
  const { card, gap, column, margin, heading } = GEOMETRY;
  const xs = [margin, margin + card + column, margin + 2 * (card + column)];
  const boxes = new Map<string, Box>();
  const headings: Heading[] = [];
  let y = margin;
  const stack = (nodes: readonly SceneNode[], x: number, top: number): number => {
    let at = top;
    for (const node of nodes) {
      const h = cardHeight(node);
      boxes.set(node.id, { x, y: at, w: card, h });
      at += h + gap;
    }
    return at;
  };
  const repositories = scene.nodes.filter((n) => n.kind === 'repository');
  if (repositories.length > 0) {
    headings.push({ text: 'Registries', x: margin, y: y + 16, level: 'band' });
    y += heading;
    // Repositories side by side across the columns, wrapping.
    let row = y;
    repositories.forEach((node, i) => {
      const col = i % xs.length;
      if (i > 0 && col === 0) row += cardHeight(node) + gap;
      boxes.set(node.id, { x: xs[col]!, y: row, w: card, h: cardHeight(node) });
    });
    y = row + 40 + gap + 10;
  }
  for (const host of scene.hosts) {
    const mine = scene.nodes.filter((n) => n.host === host);
    headings.push({ text: scene.hosts.length > 1 ? `Host ${host}` : `Host ${host} — Docker Engine`, x: margin, y: y + 16, level: 'band' });
    y += heading;
    const titles = ['Images', 'Containers', 'Networks'];
    titles.forEach((text, i) => headings.push({ text, x: xs[i]!, y: y + 14, level: 'column' }));
    const top = y + 24;
    const images = mine.filter((n): n is ImageNode => n.kind === 'image');
    const bottoms = [stack(images, xs[0]!, top), stack(mine.filter((n) => n.kind === 'container'), xs[1]!, top)];
    let right = stack(mine.filter((n) => n.kind === 'network'), xs[2]!, top);
    const volumes = mine.filter((n) => n.kind === 'volume');
    if (volumes.length > 0) {
      headings.push({ text: 'Volumes', x: xs[2]!, y: right + 18, level: 'column' });
      right = stack(volumes, xs[2]!, right + 28);
    }
    bottoms.push(right);
    y = Math.max(...bottoms) + gap;
  }
  return { width: xs[2]! + card + margin, height: y + margin, boxes, headings };
}
