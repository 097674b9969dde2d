/**
 * @module
 * Where mounted files live while containers run: tree sources (see `fs/tree-source.ts`) over a
 * volume's data and over a path of the host's filesystem, both kept in the state — every change
 * is one commit, so what a container writes to a volume outlives it, and a second container (or
 * the host, through a bind mount) sees it at once. Watchers hear changes from every side.
 */
import { castDraft } from 'immer';
import type { HostContext } from '../daemon/context.js';
import { directoryNode, isDirectory, type DirectoryNode, type FsNode } from '../fs/node.js';
import { joinPath, splitPath } from '../fs/path.js';
import { memorySource, type Mount, type TreeSource } from '../fs/tree-source.js';
import { emptyTree, getNode, putNode } from '../fs/tree.js';
import type { MountPoint } from '../container/record.js';

type Listener = (changed: string) => void;

/** Change listeners by absolute path prefix (volume data and the host filesystem are separate spaces). */
class Watchers {
  readonly #listeners = new Set<{ readonly space: string; readonly root: readonly string[]; readonly fn: Listener }>();

  add(space: string, root: string, fn: Listener): () => void {
    const entry = { space, root: splitPath(root), fn };
    this.#listeners.add(entry);
    return () => this.#listeners.delete(entry);
  }

  /** Tells every listener whose subtree contains (or lies under) `path`. */
  notify(space: string, path: string): void {
    const comps = splitPath(path);
    for (const l of [...this.#listeners]) {
      if (l.space !== space) continue;
      const n = Math.min(l.root.length, comps.length);
      if (!l.root.slice(0, n).every((c, i) => comps[i] === c)) continue;
      l.fn(comps.length >= l.root.length ? joinPath(comps.slice(l.root.length)) : '/');
    }
  }
}

/** The tree sources of one host's volumes and filesystem. */
export class MountSources {
  readonly #ctx: HostContext;
  readonly #watchers = new Watchers();

  constructor(ctx: HostContext) {
    this.#ctx = ctx;
  }

  /** The data of volume `name` (an empty directory once the volume is gone). */
  volume(name: string): TreeSource {
    const space = `volume:${name}`;
    return {
      read: () => this.#ctx.state.volumes.get(name)?.internal.data ?? emptyTree(),
      write: (tree, changed) => {
        if (!isDirectory(tree) || !this.#ctx.state.volumes.has(name)) return;
        this.#ctx.commit((host) => {
          host.volumes = castDraft(
            host.volumes.update(name, (v) => {
              v.internal.data = castDraft(tree as DirectoryNode);
            }),
          );
        });
        this.#watchers.notify(space, changed);
      },
      watch: (fn) => this.#watchers.add(space, '/', fn),
    };
  }

  /** The host's filesystem at `path` (a bind mount's source; `/` for `host.fs`). */
  hostPath(path: string): TreeSource {
    const base = splitPath(path);
    return {
      read: () => {
        const node = getNode(this.#ctx.state.hostFs, base);
        return node && node.kind !== 'whiteout' ? node : directoryNode();
      },
      write: (tree: FsNode, changed) => {
        const current = this.#ctx.state.hostFs;
        const next = base.length === 0 ? (isDirectory(tree) ? tree : current) : putNode(current, base, tree);
        this.#ctx.commit((host) => {
          host.hostFs = castDraft(next);
        });
        this.#watchers.notify('host', joinPath([...base, ...splitPath(changed)]));
      },
      watch: (fn) => this.#watchers.add('host', joinPath(base), fn),
    };
  }

  /** The fs mount table of a container's `Mounts` (tmpfs mounts start empty on every call). */
  mountTable(mounts: readonly MountPoint[]): Mount[] {
    return mounts.map((mp) => ({
      target: mp.Destination,
      readOnly: !mp.RW,
      source: mp.Type === 'volume' && mp.Name ? this.volume(mp.Name) : mp.Type === 'bind' ? this.hostPath(mp.Source) : memorySource(emptyTree()),
    }));
  }
}
