import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeSpec } from '../testing/arbitraries.js';
import { directoryNode, fileNode, whiteoutNode } from './node.js';
import { buildTree, getNode, putNode } from './tree.js';
import { applyLayer, diffTrees, flattenLayers, sameNode } from './union.js';

const base = buildTree({ 'etc/passwd': 'root\n', 'etc/group': 'root\n', 'var/cache/apk/a': 'A', 'var/cache/apk/b': 'B', 'bin/sh': { symlink: '/bin/busybox' } });

describe('layers', () => {
  it('a whiteout deletes the path below; a file replaces', () => {
    let diff = directoryNode();
    diff = putNode(diff, '/etc/group', whiteoutNode());
    diff = putNode(diff, '/etc/passwd', fileNode('root\nnode\n'));
    const merged = applyLayer(base, diff);
    expect(getNode(merged, '/etc/group')).toBeUndefined();
    expect(new TextDecoder().decode((getNode(merged, '/etc/passwd') as { data: Uint8Array }).data)).toBe('root\nnode\n');
    expect(getNode(merged, '/bin')).toBe(getNode(base, '/bin'));
  });

  it('an opaque directory hides everything the layers below had in it', () => {
    const diff = putNode(directoryNode(), '/var/cache/apk', directoryNode({ opaque: true, entries: directoryNode().entries.set('c', fileNode('C')) }));
    const merged = applyLayer(base, diff);
    expect(getNode(merged, '/var/cache/apk/a')).toBeUndefined();
    expect(getNode(merged, '/var/cache/apk/c')).toMatchObject({ kind: 'file' });
    expect(getNode(merged, '/var/cache/apk')).not.toHaveProperty('opaque');
  });

  it('whiteouts in a directory that did not exist below vanish', () => {
    const diff = putNode(directoryNode(), '/new/.x', whiteoutNode());
    const merged = applyLayer(base, diff);
    expect(getNode(merged, '/new')).toMatchObject({ kind: 'directory' });
    expect(getNode(merged, '/new/.x')).toBeUndefined();
  });

  it('flattening is cached per stack: images sharing base layers share their union', () => {
    const top = putNode(directoryNode(), '/app/index.js', fileNode('x'));
    const a = flattenLayers([base, top]);
    expect(flattenLayers([base, top])).toBe(a);
    expect(flattenLayers([base])).toBe(flattenLayers([base]));
    expect(getNode(a, '/app/index.js')).toBeDefined();
  });

  it('property: applying diffTrees(a, b) to a gives b', () => {
    fc.assert(
      fc.property(treeSpec(), treeSpec(), (sa, sb) => {
        const a = buildTree(sa, { mtime: 1000 });
        const b = buildTree(sb, { mtime: 1000 });
        expect(sameNode(applyLayer(a, diffTrees(a, b)), b)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('property: the diff of a tree with itself is empty', () => {
    fc.assert(
      fc.property(treeSpec(), (s) => {
        const a = buildTree(s);
        expect(diffTrees(a, a).entries.size).toBe(0);
      }),
    );
  });
});
