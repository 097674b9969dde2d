import { describe, expect, it } from 'vitest';
import { FsError } from '../programs/types.js';
import { changeLetter } from './changes.js';
import { directoryNode, fileNode, type DirectoryNode } from './node.js';
import { newUpper } from './overlay.js';
import { OverlayFs } from './overlay-fs.js';
import { memorySource, type TreeSource } from './tree-source.js';
import { buildTree, getNode } from './tree.js';
import { flattenLayers } from './union.js';

const T0 = 1_700_000_000_000;
const image = flattenLayers([
  buildTree(
    {
      'bin/busybox': { file: '#!dockersim busybox\n', mode: 0o755 },
      'bin/sh': { symlink: '/bin/busybox' },
      'bin/ls': { symlink: 'busybox' },
      'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n',
      'etc/group': 'root:x:0:\n',
      'etc/motd': 'Welcome\n',
      'var/cache/apk/APKINDEX': 'index',
      'var/cache/apk/other': 'x',
      'home/node': { dir: true, uid: 1000, gid: 1000 },
      tmp: { dir: true, mode: 0o1777 },
      'loop/a': { symlink: 'b' },
      'loop/b': { symlink: 'a' },
    },
    { mtime: T0 },
  ),
]);

function container(lower: DirectoryNode = image) {
  let now = T0 + 60_000;
  const upper = memorySource(newUpper(lower));
  const fs = new OverlayFs({ lower, upper, now: () => now });
  return { fs, upper, tick: () => (now += 1000) };
}

const diff = (fs: OverlayFs) => fs.changes().map((c) => `${changeLetter(c.Kind)} ${c.Path}`);
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return 'ok';
};

describe('OverlayFs: the container root filesystem', () => {
  it('reads the image through symlinks', () => {
    const { fs } = container();
    expect(new TextDecoder().decode(fs.readFile('/bin/sh'))).toBe('#!dockersim busybox\n');
    expect(fs.realpath('/bin/ls')).toBe('/bin/busybox');
    expect(fs.lstat('/bin/sh')).toMatchObject({ kind: 'symlink', target: '/bin/busybox', size: 12 });
    expect(fs.stat('/etc')).toMatchObject({ kind: 'directory', size: 4096, mode: 0o755 });
    expect(fs.readdir('/')).toEqual(['bin', 'etc', 'home', 'loop', 'tmp', 'var']);
    expect(fs.realpath('/etc/../bin/./sh')).toBe('/bin/busybox');
  });

  it('fails like the kernel: ENOENT, ENOTDIR, EISDIR, ELOOP, EEXIST, ENOTEMPTY', () => {
    const { fs } = container();
    expect(code(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(code(() => fs.readFile('/etc/passwd/x'))).toBe('ENOTDIR');
    expect(code(() => fs.readFile('/etc'))).toBe('EISDIR');
    expect(code(() => fs.stat('/loop/a'))).toBe('ELOOP');
    expect(code(() => fs.mkdir('/etc'))).toBe('EEXIST');
    expect(code(() => fs.rm('/var/cache'))).toBe('ENOTEMPTY');
    expect(code(() => fs.writeFile('/no/dir/file', 'x'))).toBe('ENOENT');
    expect(code(() => fs.readlink('/etc/passwd'))).toBe('EINVAL');
    expect(fs.exists('/loop/a')).toBe(false);
    expect(fs.lstat('/loop/a').kind).toBe('symlink');
    expect(new FsError('ENOENT', 'open', '/x').message).toBe("ENOENT: No such file or directory, open '/x'");
  });

  it('copies up on write and hands each new writable layer to its owner', () => {
    const { fs, upper } = container();
    const seen: string[] = [];
    const owner: TreeSource = { read: upper.read, write: (tree, changed) => (seen.push(changed), upper.write!(tree, changed)) };
    const fs2 = new OverlayFs({ lower: image, upper: owner, now: () => T0 });
    fs2.writeFile('/etc/motd', 'Hello\n', { append: true });
    expect(new TextDecoder().decode(fs2.readFile('/etc/motd'))).toBe('Welcome\nHello\n');
    expect(seen).toEqual(['/etc/motd']);
    expect(getNode(image, '/etc/motd')).toMatchObject({ kind: 'file' });
    expect(new TextDecoder().decode((getNode(image, '/etc/motd') as { data: Uint8Array }).data)).toBe('Welcome\n');
    expect(diff(fs)).toEqual(['C /etc', 'C /etc/motd']);
  });

  it('deletes with whiteouts, and a directory recreated over a deleted one is opaque', () => {
    const { fs } = container();
    fs.rm('/etc/group');
    fs.rm('/var/cache/apk', { recursive: true });
    expect(fs.exists('/etc/group')).toBe(false);
    expect(fs.readdir('/var/cache')).toEqual([]);
    fs.mkdir('/var/cache/apk');
    expect(fs.readdir('/var/cache/apk')).toEqual([]);
    expect(getNode(fs.upper(), '/etc/group')).toEqual({ kind: 'whiteout' });
    expect(getNode(fs.upper(), '/var/cache/apk')).toMatchObject({ kind: 'directory', opaque: true });
    fs.writeFile('/tmp/new.txt', 'x');
    expect(diff(fs)).toEqual(['C /etc', 'D /etc/group', 'C /tmp', 'A /tmp/new.txt', 'C /var', 'C /var/cache', 'C /var/cache/apk']);
    expect(getNode(fs.exportTree(), '/var/cache/apk/APKINDEX')).toBeUndefined();
    expect(getNode(fs.exportTree(), '/tmp/new.txt')).toMatchObject({ kind: 'file' });
  });

  it('removing a file the container created leaves no trace', () => {
    const { fs } = container();
    fs.writeFile('/tmp/t', 'x');
    fs.rm('/tmp/t');
    expect(getNode(fs.upper(), '/tmp/t')).toBeUndefined();
    expect(diff(fs)).toEqual(['C /tmp']);
  });

  it('two containers of one image never see each other\'s changes', () => {
    const a = container();
    const b = container();
    a.fs.writeFile('/etc/motd', 'mine');
    expect(new TextDecoder().decode(b.fs.readFile('/etc/motd'))).toBe('Welcome\n');
  });

  it('writes through symlinks, creating the target', () => {
    const { fs } = container();
    fs.symlink('/tmp/real', '/tmp/link');
    fs.writeFile('/tmp/link', 'via link');
    expect(new TextDecoder().decode(fs.readFile('/tmp/real'))).toBe('via link');
    expect(fs.readlink('/tmp/link')).toBe('/tmp/real');
  });

  it('renames files and whole directories (merged), and keeps mtimes moving', () => {
    const { fs, tick } = container();
    tick();
    fs.rename('/var/cache/apk', '/var/apk');
    expect(fs.readdir('/var/apk')).toEqual(['APKINDEX', 'other']);
    expect(fs.exists('/var/cache/apk')).toBe(false);
    expect(fs.stat('/var').mtime).toBe(T0 + 61_000);
    expect(code(() => fs.rename('/var', '/var/apk/inside'))).toBe('EINVAL');
    fs.writeFile('/tmp/a', 'a');
    expect(code(() => fs.rename('/tmp/a', '/etc'))).toBe('EISDIR');
  });

  it('mkdir -p, chmod, chown, utimes', () => {
    const { fs } = container();
    fs.mkdir('/app/src/lib', { recursive: true });
    expect(fs.stat('/app/src/lib')).toMatchObject({ kind: 'directory', mode: 0o755 });
    fs.mkdir('/app/src/lib', { recursive: true });
    fs.chmod('/etc/passwd', 0o600);
    fs.chown('/app', 1000, 1000);
    fs.utimes('/etc/group', 42_000);
    expect(fs.stat('/etc/passwd').mode).toBe(0o600);
    expect(fs.stat('/app')).toMatchObject({ uid: 1000, gid: 1000 });
    expect(fs.stat('/etc/group').mtime).toBe(42_000);
    expect(fs.readdir('/etc')).toEqual(['group', 'motd', 'passwd']);
  });

  it('checks permissions for non-root users', () => {
    const { fs } = container();
    const node = fs.asUser({ uid: 1000, gid: 1000 });
    expect(code(() => node.writeFile('/etc/passwd', 'x'))).toBe('EACCES');
    expect(code(() => node.mkdir('/opt'))).toBe('EACCES');
    expect(code(() => node.chown('/home/node', 0, 0))).toBe('EPERM');
    node.writeFile('/home/node/.profile', 'x');
    node.writeFile('/tmp/x', 'x');
    expect(node.stat('/home/node/.profile')).toMatchObject({ uid: 1000, gid: 1000, mode: 0o644 });
    fs.chmod('/home/node/.profile', 0o600);
    expect(code(() => fs.asUser({ uid: 1001, gid: 1001 }).readFile('/home/node/.profile'))).toBe('EACCES');
  });

  it('--read-only rejects writes with EROFS, but mounts keep their own flag', () => {
    const vol = memorySource(directoryNode());
    const fs = new OverlayFs({ lower: image, upper: memorySource(newUpper(image)), now: () => T0, readOnly: true, mounts: [{ target: '/data', source: vol }] });
    expect(code(() => fs.writeFile('/tmp/x', 'x'))).toBe('EROFS');
    fs.writeFile('/data/x', 'ok');
    expect(getNode(vol.tree as DirectoryNode, '/x')).toMatchObject({ kind: 'file' });
  });

  it('mounts: volumes and binds hide the image below, ro mounts refuse writes, renames across are EXDEV', () => {
    const vol = memorySource(buildTree({ 'db.sqlite': 'data' }));
    const conf = memorySource(fileNode('user nginx;\n'));
    const { fs } = container();
    fs.setMounts([
      { target: '/var/cache', source: vol },
      { target: '/etc/nginx.conf', source: conf, readOnly: true },
      { target: '/srv', source: memorySource(directoryNode()) },
    ]);
    expect(fs.readdir('/var/cache')).toEqual(['db.sqlite']);
    expect(fs.readdir('/')).toContain('srv');
    expect(new TextDecoder().decode(fs.readFile('/etc/nginx.conf'))).toBe('user nginx;\n');
    expect(code(() => fs.writeFile('/etc/nginx.conf', 'x'))).toBe('EROFS');
    fs.writeFile('/var/cache/new', 'n');
    expect(getNode(vol.tree as DirectoryNode, '/new')).toMatchObject({ kind: 'file' });
    expect(code(() => fs.rename('/var/cache/new', '/tmp/new'))).toBe('EXDEV');
    expect(code(() => fs.rm('/var/cache', { recursive: true }))).toBe('EBUSY');
    expect(diff(fs)).toEqual([]);
    const snap = fs.snapshot('/var');
    expect(snap && snap.kind === 'directory' && getNode(snap, '/cache/db.sqlite')).toMatchObject({ kind: 'file' });
  });

  it('tells watchers about changes below the watched path, from this view and from the source', () => {
    const vol = memorySource(directoryNode());
    const { fs } = container();
    fs.setMounts([{ target: '/app', source: vol }]);
    const seen: string[] = [];
    const off = fs.watch('/app', (p) => seen.push(p));
    fs.writeFile('/app/index.js', 'x');
    vol.write!(buildTree({ 'host-edit.js': 'y' }), '/host-edit.js');
    const etc: string[] = [];
    const offEtc = fs.watch('/etc', (p) => etc.push(p));
    fs.writeFile('/etc/motd', 'x');
    fs.writeFile('/tmp/other', 'x');
    off();
    offEtc();
    fs.writeFile('/app/later.js', 'x');
    expect(seen).toEqual(['/app/index.js', '/app/host-edit.js']);
    expect(etc).toEqual(['/etc/motd']);
  });

  it('an empty directory is removed without recursive, as rmdir does', () => {
    const { fs } = container();
    fs.mkdir('/tmp/d');
    fs.rm('/tmp/d');
    expect(fs.exists('/tmp/d')).toBe(false);
    fs.rm('/tmp/none', { force: true });
    expect(code(() => fs.rm('/tmp/none'))).toBe('ENOENT');
  });
});
