/**
 * @module
 * `diffScenes`: what changed between two scenes — nodes and edges that appeared, disappeared or
 * changed (with the names of the fields that did) — so a picture animates a container turning
 * red or a layer arriving instead of redrawing everything.
 */
import type { Scene, SceneEdge, SceneNode } from './scene.js';

/** A node present in both scenes whose fields differ. */
export interface NodeChange {
  readonly before: SceneNode;
  readonly after: SceneNode;
  /** The fields that differ (`status`, `ports`, `tags`…). */
  readonly fields: readonly string[];
}

/** An edge present in both scenes whose label or activity differs. */
export interface EdgeChange {
  readonly before: SceneEdge;
  readonly after: SceneEdge;
}

/** The difference between two scenes; every list is in the order of the scene it comes from. */
export interface SceneDiff {
  readonly added: readonly SceneNode[];
  readonly removed: readonly SceneNode[];
  readonly changed: readonly NodeChange[];
  readonly edgesAdded: readonly SceneEdge[];
  readonly edgesRemoved: readonly SceneEdge[];
  readonly edgesChanged: readonly EdgeChange[];
}

/** True when the diff holds no change. */
export function isEmptyDiff(diff: SceneDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.edgesAdded.length + diff.edgesRemoved.length + diff.edgesChanged.length === 0;
}

/** What changed from `before` to `after`. */
export function diffScenes(before: Scene, after: Scene): SceneDiff {
  const nodes = diffById(before.nodes, after.nodes);
  const edges = diffById(before.edges, after.edges);
  const changed: NodeChange[] = [];
  for (const [a, b] of nodes.both) {
    const fields = changedFields(a, b);
    if (fields.length > 0) changed.push({ before: a, after: b, fields });
  }
  const edgesChanged: EdgeChange[] = [];
  for (const [a, b] of edges.both) if (a.label !== b.label || a.active !== b.active) edgesChanged.push({ before: a, after: b });
  return { added: nodes.added, removed: nodes.removed, changed, edgesAdded: edges.added, edgesRemoved: edges.removed, edgesChanged };
}

function diffById<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((x) => [x.id, x]));
  const added: T[] = [];
  const both: [T, T][] = [];
  for (const x of after) {
    const previous = old.get(x.id);
    if (previous === undefined) added.push(x);
    else {
      both.push([previous, x]);
      old.delete(x.id);
    }
  }
  return { added, removed: [...old.values()], both };
}

/** Fields whose values differ; frozen records shared between states compare by identity first. */
function changedFields(a: SceneNode, b: SceneNode): string[] {
  if (a === b) return [];
  const fields: string[] = [];
  const x = a as unknown as { readonly [field: string]: unknown };
  const y = b as unknown as { readonly [field: string]: unknown };
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) if (!sameValue(x[key], y[key])) fields.push(key);
  return fields;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as { readonly [k: string]: unknown };
  const rb = b as { readonly [k: string]: unknown };
  return ka.every((k) => Object.hasOwn(rb, k) && sameValue(ra[k], rb[k]));
}
