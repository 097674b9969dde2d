/**
 * @module
 * What a card shows for each kind of node: an image with its layers as coloured bars (a shared
 * layer has the same colour everywhere), a container with its status colour, command and ports,
 * a network with its driver and subnet, a volume with its users, a repository with its tags.
 */
import type { ContainerNode, ImageNode, NetworkNode, SceneNode, VolumeNode } from 'dockersim';
import { humanSize } from 'dockersim/cli';
import { svg } from '../dom.js';
import { containerColour, layerColour } from './colours.js';
import { cardHeight, GEOMETRY } from './layout.js';

const short = (id: string) => id.slice(id.indexOf(':') + 1, id.indexOf(':') + 13);
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const text = (x: number, y: number, cls: string, content: string) => svg('text', { x, y, class: cls }, content);

/** The children of a node's card (its `<g>` is positioned by the view). */
export function cardContent(node: SceneNode): SVGElement[] {
  const h = cardHeight(node);
  const w = GEOMETRY.card;
  const frame = svg('rect', { class: 'frame', width: w, height: h, rx: 8 });
  const title = svg('title', {}, tooltip(node));
  switch (node.kind) {
    case 'image':
      return [title, frame, ...imageCard(node)];
    case 'container':
      return [title, frame, ...containerCard(node, h)];
    case 'network':
      return [title, frame, text(12, 19, 'name', clip(node.name, 28)), text(12, 36, 'sub', network(node))];
    case 'volume':
      return [title, frame, svg('ellipse', { class: 'lid', cx: 16, cy: 20, rx: 7, ry: 10 }), text(30, 17, 'name', clip(node.label, 26)), text(30, 32, 'sub', volume(node))];
    case 'repository':
      return [title, frame, text(12, 17, 'name', clip(node.label, 30)), text(12, 32, 'sub', clip(`tags: ${node.tags.join(', ')}`, 34))];
    case 'layer':
      return [];
  }
}

function imageCard(node: ImageNode): SVGElement[] {
  const out: SVGElement[] = [
    text(12, 18, 'name', node.dangling ? '<none>:<none>' : node.tags.length > 1 ? `${clip(node.label, 24)} +${node.tags.length - 1}` : clip(node.label, 28)),
    text(12, 34, 'sub', `${short(node.imageId)} · ${humanSize(node.size)}${node.containers > 0 ? ` · ${node.containers} container${node.containers > 1 ? 's' : ''}` : ''}`),
  ];
  const shown = node.layers.slice(0, GEOMETRY.maxLayers);
  // Bottom layer at the bottom, as layers stack.
  shown.forEach((layerId, i) => {
    const y = GEOMETRY.barsTop + (shown.length - 1 - i) * GEOMETRY.layerBar;
    const chainId = layerId.slice(layerId.lastIndexOf('/') + 1);
    out.push(svg('rect', { class: 'layer', 'data-layer': chainId, x: 10, y, width: GEOMETRY.card - 20, height: GEOMETRY.layerBar - 1, rx: 2, fill: layerColour(chainId) }, svg('title', {}, `layer ${i + 1}: ${chainId}`)));
  });
  if (node.layers.length > shown.length) out.push(text(GEOMETRY.card - 12, 18, 'more', `+${node.layers.length - shown.length} layers`));
  return out;
}

function containerCard(node: ContainerNode, h: number): SVGElement[] {
  const colour = containerColour(node);
  const status = node.status === 'exited' ? `exited (${node.exitCode})` : node.health ? `${node.status} (${node.health})` : node.status;
  const ports = node.ports.filter((p) => p.hostPort !== undefined && p.hostIp !== '::').map((p) => `${p.hostIp}:${p.hostPort}→${p.containerPort}/${p.protocol}`);
  return [
    svg('rect', { class: 'stripe', width: 8, height: h, rx: 4, fill: colour }),
    svg('circle', { class: 'dot', cx: GEOMETRY.card - 16, cy: 16, r: 6, fill: colour }),
    text(18, 18, 'name', clip(node.name, 24)),
    text(18, 35, 'sub', clip(`${node.image} · ${status}`, 34)),
    text(18, 52, 'ports', clip(ports.length > 0 ? ports.join('  ') : node.command, 36)),
  ];
}

function network(node: NetworkNode): string {
  return `${node.driver}${node.subnet ? ` · ${node.subnet}` : ''}${node.internal ? ' · internal' : ''}`;
}

function volume(node: VolumeNode): string {
  return `${node.anonymous ? 'anonymous · ' : ''}${node.refs} container${node.refs === 1 ? '' : 's'}`;
}

/** The hover text: what `docker inspect` would tell first. */
function tooltip(node: SceneNode): string {
  switch (node.kind) {
    case 'image':
      return [node.imageId, ...node.tags, ...node.digests, `${node.layers.length} layers`].join('\n');
    case 'container':
      return [node.containerId, `command: ${node.command}`, ...node.binds.map((b) => `bind ${b.source} → ${b.destination}${b.readOnly ? ' (ro)' : ''}`)].join('\n');
    case 'network':
      return [node.networkId, node.gateway ? `gateway ${node.gateway}` : ''].filter(Boolean).join('\n');
    case 'volume':
      return node.name;
    case 'repository':
      return `${node.registry}/${node.name}`;
    case 'layer':
      return node.chainId;
  }
}

