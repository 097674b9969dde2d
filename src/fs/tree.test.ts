import { describe, expect, it } from 'vitest';
import { directoryNode, fileNode, isDirectory, symlinkNode } from './node.js';
import { buildTree, getNode, putNode, removeNode, treeSize, walkTree } from './tree.js';

const text = (node: unknown) => new TextDecoder().decode((node as { data: Uint8Array }).data);

describe('file trees', () => {
  const tree = buildTree(
    {
      'etc/os-release': 'NAME="Alpine Linux"\n',
      'etc/passwd': { file: 'root:x:0:0:root:/root:/bin/sh\n', mode: 0o644 },
      'bin/busybox': { file: '#!dockersim busybox\n', mode: 0o755 },
      'bin/sh': { symlink: '/bin/busybox' },
      tmp: { dir: true, mode: 0o1777 },
    },
    { mtime: 1_700_000_000_000 },
  );

  it('builds nodes with their metadata and implied parents', () => {
    expect(text(getNode(tree, '/etc/os-release'))).toBe('NAME="Alpine Linux"\n');
    expect(getNode(tree, 'bin/busybox')).toMatchObject({ kind: 'file', mode: 0o755, uid: 0, mtime: 1_700_000_000_000 });
    expect(getNode(tree, '/bin/sh')).toMatchObject({ kind: 'symlink', target: '/bin/busybox', mode: 0o777 });
    expect(getNode(tree, '/tmp')).toMatchObject({ kind: 'directory', mode: 0o1777 });
    expect(getNode(tree, '/etc')).toMatchObject({ kind: 'directory', mode: 0o755 });
    expect(getNode(tree, '/nope')).toBeUndefined();
    expect(getNode(tree, '/etc/passwd/x')).toBeUndefined();
  });

  it('changes one path and shares every other subtree (persistent)', () => {
    const next = putNode(tree, '/etc/hostname', fileNode('box\n'));
    expect(getNode(tree, '/etc/hostname')).toBeUndefined();
    expect(text(getNode(next, '/etc/hostname'))).toBe('box\n');
    expect(getNode(next, '/bin')).toBe(getNode(tree, '/bin'));
    expect(getNode(next, '/etc/passwd')).toBe(getNode(tree, '/etc/passwd'));
    expect(Object.isFrozen(next)).toBe(true);
  });

  it('creates missing parents and refuses to descend through a file', () => {
    const next = putNode(tree, '/usr/local/bin/node', fileNode('#!dockersim node\n'), { parents: { mtime: 5 } });
    expect(getNode(next, '/usr/local')).toMatchObject({ kind: 'directory', mtime: 5 });
    expect(() => putNode(tree, '/etc/passwd/x', fileNode(''))).toThrow(/ENOTDIR/);
  });

  it('touches only the parent that gains or loses an entry', () => {
    const added = putNode(tree, '/etc/new', fileNode(''), { touch: 99 });
    expect(getNode(added, '/etc')).toMatchObject({ mtime: 99 });
    expect(added.mtime).toBe(tree.mtime);
    const removed = removeNode(tree, '/etc/passwd', { touch: 77 });
    expect(getNode(removed, '/etc/passwd')).toBeUndefined();
    expect(getNode(removed, '/etc')).toMatchObject({ mtime: 77 });
    expect(removeNode(tree, '/no/such')).toBe(tree);
  });

  it('walks in path order, parents first, names sorted', () => {
    const paths: string[] = [];
    walkTree(tree, (path) => void paths.push(path));
    expect(paths).toEqual(['/bin', '/bin/busybox', '/bin/sh', '/etc', '/etc/os-release', '/etc/passwd', '/tmp']);
  });

  it('measures a tree as the layer store does: file bytes plus symlink target lengths', () => {
    const t = buildTree({ a: 'hello', 'd/b': 'xy', l: { symlink: '/bin/busybox' } });
    expect(treeSize(t)).toBe(5 + 2 + '/bin/busybox'.length);
  });

  it('a dir entry listed after its children keeps them', () => {
    const t = buildTree({ 'var/log/x': 'log', 'var/log': { dir: true, mode: 0o750 } });
    const log = getNode(t, '/var/log');
    expect(isDirectory(log) && log.mode).toBe(0o750);
    expect(text(getNode(t, '/var/log/x'))).toBe('log');
  });

  it('constructors mask mode bits and default ownership to root', () => {
    expect(directoryNode({ mode: 0o40755 }).mode).toBe(0o755);
    expect(symlinkNode('x')).toMatchObject({ uid: 0, gid: 0, mode: 0o777 });
  });
});
