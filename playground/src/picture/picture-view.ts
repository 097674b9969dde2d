/**
 * @module
 * The live picture: an SVG of the scene that changes only when the scene does. Each update
 * carries the diff since the last one; new cards grow in, removed ones fade out, changed ones are
 * redrawn and flash, moved ones glide to their new place (edges follow), and a Docker event
 * flashes the object it is about. Animation frames run only while something moves.
 */
import type { HostEvent, Scene, SceneDiff, SceneEdge, SceneNode } from 'dockersim';
import { svg } from '../dom.js';
import { cardContent } from './cards.js';
import { curveBetween, pathOf, pointAt } from './edges.js';
import { layoutScene, type Box, type Layout } from './layout.js';
import { highlightOnHover, markSharedLayers, sharedBars } from './shared-layers.js';

const MOVE_MS = 350;
const EXIT_MS = 450;

interface Card {
  readonly g: SVGGElement;
  node: SceneNode;
  x: number;
  y: number;
  from: { x: number; y: number };
  to: Box;
  start: number;
}

interface Line {
  readonly path: SVGPathElement;
  readonly label: SVGTextElement;
  edge: SceneEdge;
}

/** The picture pane. */
export class PictureView {
  readonly element: SVGSVGElement;
  readonly #headings = svg('g', { class: 'headings' });
  readonly #edgeLayer = svg('g', { class: 'edges' });
  readonly #cardLayer = svg('g', { class: 'cards' });
  readonly #cards = new Map<string, Card>();
  readonly #lines = new Map<string, Line>();
  #layout: Layout = { width: 800, height: 200, boxes: new Map(), headings: [] };
  #frame = 0;

  constructor() {
    this.element = svg('svg', { class: 'picture', xmlns: 'http://www.w3.org/2000/svg' }, this.#headings, this.#edgeLayer, this.#cardLayer);
    highlightOnHover(this.element);
  }

  /** Draws `scene` from scratch (a new or loaded world). */
  reset(scene: Scene): void {
    this.#cards.clear();
    this.#lines.clear();
    this.#edgeLayer.replaceChildren();
    this.#cardLayer.replaceChildren();
    this.update(scene, { added: scene.nodes, removed: [], changed: [], edgesAdded: scene.edges, edgesRemoved: [], edgesChanged: [] }, []);
  }

  /** Applies one scene update: `diff` says what changed since the last scene shown. */
  update(scene: Scene, diff: SceneDiff, events: readonly HostEvent[]): void {
    this.#layout = layoutScene(scene);
    this.element.setAttribute('viewBox', `0 0 ${this.#layout.width} ${this.#layout.height}`);
    this.#drawHeadings();
    const now = performance.now();
    for (const node of diff.removed) this.#exit(this.#cards.get(node.id)?.g, () => this.#cards.delete(node.id));
    for (const change of diff.changed) {
      const card = this.#cards.get(change.after.id);
      if (!card) continue;
      card.node = change.after;
      card.g.replaceChildren(...cardContent(change.after));
      this.#decorate(card);
      if (change.fields.some((f) => f === 'status' || f === 'tags' || f === 'refs' || f === 'containers')) flash(card.g);
    }
    for (const node of diff.added) {
      if (node.kind === 'layer') continue;
      const box = this.#layout.boxes.get(node.id);
      if (!box) continue;
      const g = svg('g', { class: `card ${node.kind} enter`, 'data-id': node.id, 'data-kind': node.kind, 'data-label': node.label });
      g.replaceChildren(...cardContent(node));
      const card: Card = { g, node, x: box.x, y: box.y, from: box, to: box, start: now };
      this.#cards.set(node.id, card);
      this.#decorate(card);
      place(card);
      this.#cardLayer.append(g);
      setTimeout(() => g.classList.remove('enter'), EXIT_MS);
    }
    for (const card of this.#cards.values()) {
      const box = this.#layout.boxes.get(card.node.id);
      if (!box || (box.x === card.to.x && box.y === card.to.y)) continue;
      card.from = { x: card.x, y: card.y };
      card.to = box;
      card.start = now;
    }
    for (const edge of diff.edgesRemoved) this.#exit(this.#lines.get(edge.id)?.path, () => this.#removeLine(edge.id));
    for (const change of diff.edgesChanged) {
      const line = this.#lines.get(change.after.id);
      if (line) line.edge = change.after;
    }
    for (const edge of diff.edgesAdded) {
      if (edge.kind === 'layer' || this.#lines.has(edge.id)) continue;
      const path = svg('path', { class: `edge ${edge.kind} enter`, 'data-id': edge.id });
      const label = svg('text', { class: `edge-label ${edge.kind}` });
      this.#edgeLayer.append(path, label);
      this.#lines.set(edge.id, { path, label, edge });
      setTimeout(() => path.classList.remove('enter'), EXIT_MS);
    }
    if (diff.added.length + diff.removed.length + diff.changed.length > 0) markSharedLayers(this.#cards.values());
    for (const event of events) this.#flashFor(event);
    this.#animate();
  }

  #decorate(card: Card): void {
    const node = card.node;
    card.g.setAttribute('data-label', node.label);
    if (node.kind === 'container') card.g.setAttribute('data-status', node.status);
    card.g.classList.toggle('dangling', node.kind === 'image' && node.dangling);
  }

  #drawHeadings(): void {
    this.#headings.replaceChildren(...this.#layout.headings.map((h) => svg('text', { x: h.x, y: h.y, class: `heading ${h.level}` }, h.text)));
  }

  #exit(el: SVGElement | undefined, done: () => void): void {
    if (!el) return;
    el.classList.add('exit');
    done();
    setTimeout(() => el.remove(), EXIT_MS);
  }

  #removeLine(id: string): void {
    this.#lines.get(id)?.label.remove();
    this.#lines.delete(id);
  }

  /** Flashes the object a Docker event is about (`start`, `die`, `connect`…). */
  #flashFor({ host, event }: HostEvent): void {
    const kind = event.Type === 'container' || event.Type === 'network' || event.Type === 'volume' ? event.Type : undefined;
    if (!kind) return;
    const card = this.#cards.get(`${host}/${kind}/${event.Actor.ID}`);
    if (card) flash(card.g);
  }

  /** Runs frames until every card has reached its place; edges are redrawn each frame. */
  #animate(): void {
    if (this.#frame !== 0) return;
    const step = (t: number) => {
      let moving = false;
      for (const card of this.#cards.values()) {
        const p = Math.min(1, Math.max(0, (t - card.start) / MOVE_MS));
        const e = 1 - (1 - p) ** 3;
        card.x = card.from.x + (card.to.x - card.from.x) * e;
        card.y = card.from.y + (card.to.y - card.from.y) * e;
        if (p < 1) moving = true;
        place(card);
      }
      this.#drawEdges();
      this.#frame = moving ? requestAnimationFrame(step) : 0;
    };
    this.#frame = requestAnimationFrame(step);
  }

  #drawEdges(): void {
    for (const { path, label, edge } of this.#lines.values()) {
      const a = this.#cards.get(edge.from);
      const b = this.#cards.get(edge.to);
      if (!a || !b) continue;
      const from: Box = { ...a.to, x: a.x, y: a.y };
      const to: Box = { ...b.to, x: b.x, y: b.y };
      // A shares arc joins the shared bars themselves; its label starts with the count.
      const count = edge.kind === 'shares' ? Number.parseInt(edge.label ?? '1', 10) : 0;
      const curve = count > 0 ? curveBetween(sharedBars(from, a.node, count), sharedBars(to, b.node, count)) : curveBetween(from, to);
      path.setAttribute('d', pathOf(curve));
      path.classList.toggle('inactive', !edge.active);
      const [x, y] = pointAt(curve, 0.5);
      label.setAttribute('x', x.toFixed(1));
      label.setAttribute('y', (y - 4).toFixed(1));
      label.textContent = edge.kind === 'endpoint' || edge.kind === 'mount' || edge.kind === 'tagged' || edge.kind === 'shares' ? (edge.label ?? '') : '';
    }
  }
}

function place(card: Card): void {
  card.g.style.transform = `translate(${card.x}px, ${card.y}px)`;
}

function flash(g: SVGGElement): void {
  g.classList.remove('flash');
  // Reading layout restarts the CSS animation when the class comes back.
  void g.getBoundingClientRect();
  g.classList.add('flash');
}
