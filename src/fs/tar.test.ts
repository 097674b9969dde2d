import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { treeSpec } from '../testing/arbitraries.js';
import { directoryNode, fileNode, whiteoutNode } from './node.js';
import { chainIds, diffIdOf, EMPTY_LAYER_DIFF_ID, layerBlobBytes, layerBlobOf } from './layer-digest.js';
import { readTar, tarToTree } from './tar-read.js';
import { treeToTar } from './tar-write.js';
import { buildTree, getNode, putNode } from './tree.js';
import { sameNode } from './union.js';

const sha = (bytes: Uint8Array | string) => 'sha256:' + createHash('sha256').update(bytes).digest('hex');
const hasTar = spawnSync('tar', ['--version']).status === 0;

describe('layer tars', () => {
  const tree = buildTree(
    {
      'etc/hosts': '127.0.0.1 localhost\n',
      'bin/busybox': { file: '#!dockersim busybox\n', mode: 0o755 },
      'bin/sh': { symlink: '/bin/busybox' },
      'home/node': { dir: true, mode: 0o755, uid: 1000, gid: 1000 },
      ['usr/share/' + 'très-long-nom/'.repeat(8) + 'fichier']: 'deep\n',
      ['usr/lib/x']: { symlink: '/usr/lib/' + 'y'.repeat(150) },
    },
    { mtime: 1_700_000_000_999 },
  );

  it('the empty layer has Docker\'s well-known DiffID', () => {
    expect(treeToTar(directoryNode())).toEqual(new Uint8Array(1024));
    expect(diffIdOf(directoryNode())).toBe(EMPTY_LAYER_DIFF_ID);
  });

  it('is deterministic and honest: DiffID = sha256(tar), blob digest = sha256(gzip)', () => {
    const tar = treeToTar(tree);
    expect(treeToTar(tree)).toEqual(tar);
    expect(diffIdOf(tree)).toBe(sha(tar));
    const blob = layerBlobBytes(tree);
    expect(layerBlobOf(tree)).toEqual({ digest: sha(blob), size: blob.length });
    expect(layerBlobBytes(tree)).toEqual(blob);
  });

  it('reads back what it writes: names (long, non-ASCII), modes, owners, links, seconds', async () => {
    const back = await tarToTree(treeToTar(tree));
    expect(getNode(back, '/home/node')).toMatchObject({ kind: 'directory', uid: 1000, gid: 1000 });
    expect(getNode(back, '/bin/busybox')).toMatchObject({ kind: 'file', mode: 0o755, mtime: 1_700_000_000_000 });
    expect(getNode(back, '/usr/share/' + 'très-long-nom/'.repeat(8) + 'fichier')).toMatchObject({ kind: 'file' });
    expect(getNode(back, '/usr/lib/x')).toMatchObject({ kind: 'symlink', target: '/usr/lib/' + 'y'.repeat(150) });
  });

  it('writes whiteouts as .wh.<name> and opaque directories as .wh..wh..opq, and reads them back in layer mode', async () => {
    let layer = putNode(directoryNode(), '/etc/group', whiteoutNode());
    layer = putNode(layer, '/var/cache', directoryNode({ opaque: true }));
    const entries = await readTar(treeToTar(layer));
    expect(entries.map((e) => e.path)).toEqual(['etc', 'etc/.wh.group', 'var', 'var/cache', 'var/cache/.wh..wh..opq']);
    const back = await tarToTree(treeToTar(layer), { layer: true });
    expect(getNode(back, '/etc/group')).toEqual({ kind: 'whiteout' });
    expect(getNode(back, '/var/cache')).toMatchObject({ kind: 'directory', opaque: true });
    const plain = await tarToTree(treeToTar(layer));
    expect(getNode(plain, '/etc/.wh.group')).toMatchObject({ kind: 'file' });
  });

  it('reads gzip-compressed tars and hard links', async () => {
    const back = await tarToTree(gzipSync(treeToTar(tree)));
    expect(getNode(back, '/etc/hosts')).toMatchObject({ kind: 'file' });
  });

  it.runIf(hasTar)('GNU tar accepts the archives', () => {
    const result = spawnSync('tar', ['-tvf', '-'], { input: treeToTar(tree) });
    expect(result.status).toBe(0);
    const listing = result.stdout.toString();
    expect(listing).toContain('bin/sh -> /bin/busybox');
    expect(listing).toContain('1000/1000');
    expect(listing).toContain('très-long-nom/très-long-nom');
  });

  it('property: identical content gives identical digests; a tar round trip preserves the tree', async () => {
    await fc.assert(
      fc.asyncProperty(treeSpec(), async (spec) => {
        const a = buildTree(spec, { mtime: 1_600_000_000_000 });
        const b = buildTree(spec, { mtime: 1_600_000_000_000 });
        expect(diffIdOf(a)).toBe(diffIdOf(b));
        expect(layerBlobOf(a).digest).toBe(layerBlobOf(b).digest);
        const back = await tarToTree(treeToTar(a));
        expect(sameNode({ ...back, mtime: a.mtime }, a)).toBe(true); // tars carry no root entry
      }),
      { numRuns: 60 },
    );
  });

  it('property: different content gives different DiffIDs', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        fc.pre(x !== y);
        expect(diffIdOf(buildTree({ f: x }))).not.toBe(diffIdOf(buildTree({ f: y })));
      }),
    );
  });
});

describe('chain ids', () => {
  it('are computed as the OCI identity spec says', () => {
    const d = [diffIdOf(buildTree({ a: '1' })), diffIdOf(buildTree({ b: '2' })), diffIdOf(buildTree({ c: '3' }))];
    const c1 = sha(`${d[0]} ${d[1]}`);
    expect(chainIds(d)).toEqual([d[0], c1, sha(`${c1} ${d[2]}`)]);
    expect(chainIds([])).toEqual([]);
  });
});

it('a file node keeps its bytes', () => {
  expect(fileNode(new Uint8Array([1, 2])).data).toEqual(new Uint8Array([1, 2]));
});
