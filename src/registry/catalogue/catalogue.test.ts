import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compress, layerTar } from '../../fs/layer-digest.js';
import { isDirectory, type DirectoryNode } from '../../fs/node.js';
import { getNode } from '../../fs/tree.js';
import { applyLayer } from '../../fs/union.js';
import { parseImageConfig } from '../../image/config.js';
import { PROGRAM_MARKER } from '../../programs/types.js';
import { isIndex, parseManifest, type ImageManifest } from '../manifest.js';
import type { LayerBlobRecord } from '../state.js';
import { CATALOGUE, dockerHubCatalogue } from './index.js';

const sha = (bytes: Uint8Array | string) => 'sha256:' + createHash('sha256').update(bytes).digest('hex');

/** The image a tag names in the catalogue (amd64): manifest, config, layers and flattened tree. */
function image(path: string, tag: string) {
  const repo = dockerHubCatalogue.repository(path);
  if (!repo) throw new Error(`no repository ${path}`);
  const indexDigest = repo.tags.get(tag);
  if (!indexDigest) throw new Error(`no tag ${path}:${tag}`);
  const index = parseManifest(repo.manifests.get(indexDigest)!.raw);
  if (!isIndex(index)) throw new Error('expected an index');
  const entry = index.manifests.find((m) => m.platform?.architecture === 'amd64')!;
  const manifest = parseManifest(repo.manifests.get(entry.digest)!.raw) as ImageManifest;
  const configBlob = dockerHubCatalogue.blob(manifest.config.digest);
  if (configBlob?.kind !== 'config') throw new Error('no config');
  const layers = manifest.layers.map((d) => dockerHubCatalogue.blob(d.digest) as LayerBlobRecord);
  let root: DirectoryNode = layers[0]!.tree;
  for (const l of layers.slice(1)) root = applyLayer(root, l.tree);
  return { repo, index, manifest, config: parseImageConfig(configBlob.raw), layers, root, size: layers.reduce((s, l) => s + l.uncompressedSize, 0) };
}

const text = (root: DirectoryNode, path: string) => {
  const node = getNode(root, path);
  return node?.kind === 'file' ? new TextDecoder().decode(node.data) : node?.kind === 'symlink' ? `-> ${node.target}` : String(node?.kind);
};

describe("Docker Hub's catalogue", () => {
  it.each([
    ['library/hello-world', 'latest', 10_072, 0.001],
    ['library/alpine', 'latest', 7_834_092, 0.001],
    ['library/busybox', 'latest', 4_269_568, 0.001],
    ['library/ubuntu', 'latest', 78_123_056, 0.001],
    ['library/debian', 'latest', 116_560_128, 0.001],
    ['library/node', '18-alpine', 127_000_000, 0.05],
    ['library/node', 'lts-alpine', 163_000_000, 0.05],
    ['library/node', 'latest', 1_128_000_000, 0.05],
    ['library/nginx', 'latest', 192_000_000, 0.05],
    ['library/nginx', 'alpine', 47_900_000, 0.05],
    ['library/mysql', '8.0', 772_000_000, 0.05],
    ['library/redis', 'latest', 117_000_000, 0.05],
    ['library/postgres', 'latest', 438_000_000, 0.05],
    ['library/python', 'latest', 1_020_000_000, 0.05],
    ['library/python', 'slim', 121_000_000, 0.05],
    ['library/python', 'alpine', 45_000_000, 0.05],
    ['library/registry', '2', 25_400_000, 0.05],
    ['docker/getting-started', 'latest', 47_000_000, 0.05],
    ['nicolaka/netshoot', 'latest', 437_000_000, 0.05],
  ])('%s:%s has the size Docker reports (%d bytes)', (path, tag, expected, tolerance) => {
    const img = image(path, tag);
    expect(Math.abs(img.size - expected) / expected).toBeLessThanOrEqual(tolerance);
  });

  it('every tag of every repository resolves to an index of amd64 (and arm64) images whose digests are honest', () => {
    for (const path of Object.keys(CATALOGUE)) {
      const repo = dockerHubCatalogue.repository(path)!;
      for (const tag of repo.tags.keys()) {
        const img = image(path, tag);
        expect(img.index.manifests.map((m) => m.platform?.architecture)[0]).toBe('amd64');
        for (const [digest, m] of img.repo.manifests) expect(sha(m.raw)).toBe(digest);
        expect(img.config.rootfs.diff_ids).toEqual(img.layers.map((l) => l.diffId));
        expect(img.config.history.filter((h) => !h.empty_layer)).toHaveLength(img.layers.length);
        for (const l of img.layers.slice(-1)) {
          const tar = layerTar(l.tree);
          expect(sha(tar)).toBe(l.diffId);
          expect(sha(compress(tar))).toBe(l.digest);
        }
      }
    }
  });

  it('official images carry their real run-time configuration', () => {
    expect(image('library/nginx', 'latest').config.config).toMatchObject({ ExposedPorts: { '80/tcp': {} }, Entrypoint: ['/docker-entrypoint.sh'], Cmd: ['nginx', '-g', 'daemon off;'], StopSignal: 'SIGQUIT' });
    expect(image('library/node', '18-alpine').config.config).toMatchObject({ Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'], Env: expect.arrayContaining(['NODE_VERSION=18.20.8', 'YARN_VERSION=1.22.22']) });
    expect(image('library/mysql', '8.0').config.config).toMatchObject({ Volumes: { '/var/lib/mysql': {} }, Cmd: ['mysqld'], ExposedPorts: { '3306/tcp': {}, '33060/tcp': {} } });
    expect(image('library/redis', 'latest').config.config).toMatchObject({ WorkingDir: '/data', Volumes: { '/data': {} }, Cmd: ['redis-server'] });
    expect(image('library/postgres', 'latest').config.config).toMatchObject({ StopSignal: 'SIGINT', Env: expect.arrayContaining(['PGDATA=/var/lib/postgresql/data']) });
    expect(image('library/registry', '2').config.config).toMatchObject({ Entrypoint: ['/entrypoint.sh'], Cmd: ['/etc/docker/registry/config.yml'], ExposedPorts: { '5000/tcp': {} } });
    expect(image('library/hello-world', 'latest').config.config.Cmd).toEqual(['/hello']);
    expect(image('library/ubuntu', 'latest').config.config.Labels).toEqual({ 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' });
    expect(image('nicolaka/netshoot', 'latest').config.config).toMatchObject({ Cmd: ['zsh'], WorkingDir: '/root' });
  });

  it.each([
    ['library/alpine', 'latest', '/bin/sh', '-> /bin/busybox'],
    ['library/alpine', 'latest', '/bin/busybox', `${PROGRAM_MARKER}busybox\n`],
    ['library/alpine', 'latest', '/sbin/apk', `${PROGRAM_MARKER}apk\n`],
    ['library/busybox', 'latest', '/bin/ls', `${PROGRAM_MARKER}busybox\n`],
    ['library/hello-world', 'latest', '/hello', undefined],
    ['library/debian', 'latest', '/usr/bin/sh', '-> dash'],
    ['library/debian', 'latest', '/usr/bin/ls', `${PROGRAM_MARKER}coreutils\n`],
    ['library/ubuntu', 'latest', '/usr/bin/bash', `${PROGRAM_MARKER}bash\n`],
    ['library/ubuntu', 'latest', '/usr/bin/apt-get', `${PROGRAM_MARKER}apt-get\n`],
    ['library/node', '18-alpine', '/usr/local/bin/node', `${PROGRAM_MARKER}node\n`],
    ['library/node', '18-alpine', '/usr/local/bin/docker-entrypoint.sh', `${PROGRAM_MARKER}docker-entrypoint-node\n`],
    ['library/node', '18-alpine', '/usr/local/bin/npm', '-> ../lib/node_modules/npm/bin/npm-cli.js'],
    ['library/node', '18-alpine', '/usr/local/bin/yarn', '-> /opt/yarn-v1.22.22/bin/yarn'],
    ['library/nginx', 'latest', '/docker-entrypoint.sh', `${PROGRAM_MARKER}docker-entrypoint-nginx\n`],
    ['library/nginx', 'alpine', '/var/log/nginx/access.log', '-> /dev/stdout'],
    ['library/mysql', '8.0', '/entrypoint.sh', '-> usr/local/bin/docker-entrypoint.sh'],
    ['library/redis', 'latest', '/usr/local/bin/redis-server', `${PROGRAM_MARKER}redis-server\n`],
    ['library/postgres', 'latest', '/usr/lib/postgresql/17/bin/postgres', `${PROGRAM_MARKER}postgres\n`],
    ['library/python', 'latest', '/usr/local/bin/python', '-> python3'],
    ['library/registry', '2', '/bin/registry', `${PROGRAM_MARKER}registry\n`],
    ['nicolaka/netshoot', 'latest', '/usr/bin/dig', `${PROGRAM_MARKER}dig\n`],
  ])('%s:%s has %s', (path, tag, file, expected) => {
    const got = text(image(path, tag).root, file);
    if (expected === undefined) expect(got.startsWith(`${PROGRAM_MARKER}hello\n`)).toBe(true);
    else expect(got.startsWith(expected)).toBe(true);
  });

  it('ships the files lessons look at', () => {
    const nginx = image('library/nginx', 'latest').root;
    expect(text(nginx, '/usr/share/nginx/html/index.html')).toContain('<h1>Welcome to nginx!</h1>');
    expect(text(nginx, '/etc/nginx/conf.d/default.conf')).toContain('root   /usr/share/nginx/html;');
    expect(text(nginx, '/etc/passwd')).toContain('nginx:x:101:101:');
    // The stock pages, byte for byte (615 and 497 bytes in the real image).
    expect(new TextEncoder().encode(text(nginx, '/usr/share/nginx/html/index.html')).length).toBe(615);
    expect(new TextEncoder().encode(text(nginx, '/usr/share/nginx/html/50x.html')).length).toBe(497);
    expect(text(image('library/alpine', 'latest').root, '/etc/os-release')).toContain('PRETTY_NAME="Alpine Linux v3.21"');
    expect(text(image('docker/getting-started', 'latest').root, '/usr/share/nginx/html/index.html')).toContain('docker run -d -p 80:80 docker/getting-started');
    const node = image('library/node', '18-alpine').root;
    expect(getNode(node, '/home/node')).toMatchObject({ uid: 1000 });
    expect(isDirectory(getNode(node, '/tmp')) && (getNode(node, '/tmp') as DirectoryNode).mode).toBe(0o1777);
  });

  it('shares base layers between images, as Docker Hub does', () => {
    const alpine = image('library/alpine', 'latest').layers[0]!.digest;
    for (const [path, tag] of [['library/node', '18-alpine'], ['library/nginx', 'alpine'], ['library/redis', 'alpine'], ['library/python', 'alpine'], ['nicolaka/netshoot', 'latest']] as const) {
      expect(image(path, tag).layers[0]!.digest).toBe(alpine);
    }
    expect(image('library/nginx', 'latest').layers[0]!.digest).toBe(image('library/debian', 'bookworm-slim').layers[0]!.digest);
  });
});
