/**
 * @module
 * `!reset` and `!override` (compose-go `ResetProcessor.Apply`): before a document is merged, the
 * keys it tagged are dropped from what came before, so it removes them (`!reset`) or replaces
 * them instead of merging (`!override`).
 * See https://docs.docker.com/reference/compose-file/merge/#reset-value.
 */
import type { Json } from '../../core/serialize.js';
import { type Dict, isDict, setKey } from './dict.js';
import { matchesPath } from './tree-path.js';

/** Drops from `model` every key a later file tagged `!reset` or `!override` (compose-go `ResetProcessor.Apply`). */
export function applyResets(model: Json, paths: readonly (readonly string[])[], path: string[] = []): Json {
  if (paths.length === 0) return model;
  if (isDict(model)) {
    const out: Dict = {};
    for (const [k, v] of Object.entries(model)) {
      const next = [...path, k];
      if (paths.some((p) => matchesPath(next, p))) continue;
      setKey(out, k, applyResets(v, paths, next));
    }
    return out;
  }
  if (Array.isArray(model)) return model.map((v, i) => applyResets(v, paths, [...path, `[${i}]`]));
  return model;
}
