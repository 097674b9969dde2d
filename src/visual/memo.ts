/**
 * @module
 * Node memos: a record that did not change between two states is the same frozen object in both
 * (tables share structure), so the node derived from it can be the same object too. Scenes of
 * successive states then share every unchanged node, and a diff compares them by identity —
 * deriving and diffing cost little more than the changed records.
 */

/** Remembers one derived value per (record, host) while the record is alive. */
export class NodeMemo<R extends object, N extends { readonly host: string }> {
  readonly #cache = new WeakMap<R, N>();

  /** The node for `record` on `host`: the remembered one if `fresh` accepts it, else `derive()`'s. */
  get(record: R, host: string, derive: () => N, fresh: (node: N) => boolean = () => true): N {
    const known = this.#cache.get(record);
    if (known !== undefined && known.host === host && fresh(known)) return known;
    const node = derive();
    this.#cache.set(record, node);
    return node;
  }
}
