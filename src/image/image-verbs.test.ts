import { describe, expect, it } from 'vitest';
import { addImage } from '../../test/support/images.js';
import { isDockerError } from '../core/errors.js';
import type { HostEvent } from '../daemon/context.js';
import { createWorld } from '../world/world.js';
import type { ContainerUse } from './hooks.js';

const BASE = { 'bin/busybox': '#!dockersim busybox\n', 'etc/os-release': 'ID=alpine\n' };
const APP = { 'app/index.js': 'console.log(1)\n' };

function setup() {
  const world = createWorld({ seed: 7 });
  const images = world.host().daemon.images;
  const events: HostEvent[] = [];
  world.onEvent((e) => events.push(e));
  const users = new Map<string, ContainerUse[]>();
  images.setHooks({ containersUsing: (id) => users.get(id) ?? [], pinnedLayers: () => [] });
  return { world, images, events, users };
}

const fail = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (isDockerError(e)) return `${e.kind}: ${e.message}`;
    throw e;
  }
  return 'ok';
};

describe('image store verbs', () => {
  it('lists, inspects and shows the history of an image', () => {
    const { world, images } = setup();
    const base = addImage(world, { layers: [BASE], tags: ['alpine:latest'] });
    const app = addImage(world, { layers: [BASE, APP], tags: ['myapp:1', 'myuser/myapp:1'], labels: { team: 'a' } });
    const list = images.list();
    expect(list.map((s) => s.Id).sort()).toEqual([base.id, app.id].sort());
    expect(list.find((s) => s.Id === app.id)).toMatchObject({ RepoTags: ['myapp:1', 'myuser/myapp:1'], RepoDigests: [], ParentId: '', SharedSize: -1, Containers: -1, Labels: { team: 'a' } });
    const inspect = images.inspect('myapp:1');
    expect(inspect).toMatchObject({ Id: app.id, Os: 'linux', Architecture: 'amd64', Config: { Cmd: ['/bin/sh'], Labels: { team: 'a' } }, RootFS: { Type: 'layers' }, GraphDriver: { Name: 'overlay2' } });
    expect(inspect.RootFS.Layers).toHaveLength(2);
    expect(inspect.RootFS.Layers[0]).toBe(images.inspect('alpine').RootFS.Layers[0]);
    expect(inspect.Size).toBe(images.inspect('alpine').Size + 'console.log(1)\n'.length);
    expect(inspect.GraphDriver.Data['LowerDir']).toMatch(/^\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff$/);
    expect(inspect.Metadata.LastTagTime).toBe('2025-01-01T00:00:00Z');
    const history = images.history('myapp:1');
    expect(history.map((h) => [h.Id, h.CreatedBy, h.Size])).toEqual([
      [app.id, 'RUN step 1 # buildkit', 15],
      ['<missing>', 'RUN step 0 # buildkit', images.inspect('alpine').Size],
    ]);
    expect(history[0]!.Tags).toEqual(['myapp:1', 'myuser/myapp:1']);
  });

  it('finds images by name, tag, ID and ID prefix, and says No such image otherwise', () => {
    const { world, images } = setup();
    const img = addImage(world, { layers: [BASE], tags: ['alpine:3.19'] });
    const hex = img.id.slice(7);
    expect(images.get('alpine:3.19').id).toBe(img.id);
    expect(images.get(hex).id).toBe(img.id);
    expect(images.get(hex.slice(0, 12)).id).toBe(img.id);
    expect(images.get(img.id).id).toBe(img.id);
    expect(images.get('docker.io/library/alpine:3.19').id).toBe(img.id);
    expect(fail(() => images.get('alpine'))).toBe('NotFound: No such image: alpine:latest');
    expect(fail(() => images.get('user/nope:v2'))).toBe('NotFound: No such image: user/nope:v2');
    expect(fail(() => images.get('Bad'))).toBe('InvalidParameter: invalid reference format: repository name (library/Bad) must be lowercase');
    expect(fail(() => images.get('sha256:' + 'f'.repeat(64)))).toBe(`NotFound: No such image: sha256:${'f'.repeat(64)}`);
  });

  it('tag moves a reference; the old image becomes dangling and is listed as <none>', () => {
    const { world, images, events } = setup();
    const v1 = addImage(world, { layers: [BASE, APP], tags: ['app:latest'] });
    const v2 = addImage(world, { layers: [BASE, { 'app/index.js': 'v2' }] });
    images.tag(v2.id, 'app');
    expect(images.get('app').id).toBe(v2.id);
    const dangling = images.list({ filters: { dangling: ['true'] } });
    expect(dangling.map((s) => [s.Id, s.RepoTags])).toEqual([[v1.id, []]]);
    expect(images.list({ filters: { dangling: ['false'] } }).map((s) => s.Id)).toEqual([v2.id]);
    expect(events.at(-1)?.event).toMatchObject({ Type: 'image', Action: 'tag', Actor: { ID: v2.id, Attributes: { name: 'app:latest' } } });
    expect(fail(() => images.tag('app', 'x', 'bad tag'))).toBe('InvalidParameter: invalid tag format');
    expect(fail(() => images.tag('app', 'sha256', 'x'))).toBe('InvalidParameter: refusing to create an ambiguous tag using digest algorithm as name');
    expect(fail(() => images.tag('nope', 'x'))).toBe('NotFound: No such image: nope:latest');
  });

  it('rmi by tag untags; the last tag deletes the image and the layers no one else uses (ChainIDs, top first)', () => {
    const { world, images, events } = setup();
    const base = addImage(world, { layers: [BASE], tags: ['alpine:latest'] });
    const app = addImage(world, { layers: [BASE, APP], tags: ['app:1', 'app:2'] });
    expect(images.remove('app:1')).toEqual([{ Untagged: 'app:1' }]);
    const out = images.remove('app:2');
    expect(out).toEqual([{ Untagged: 'app:2' }, { Deleted: app.id }, { Deleted: app.chain[1] }]);
    expect(images.store.layers.has(base.chain[0]!)).toBe(true);
    expect(events.slice(-2).map((e) => [e.event.Action, e.event.Actor.ID, e.event.Actor.Attributes['name']])).toEqual([
      ['untag', app.id, app.id],
      ['delete', app.id, app.id],
    ]);
    expect(images.remove('alpine')).toEqual([{ Untagged: 'alpine:latest' }, { Deleted: base.id }, { Deleted: base.chain[0] }]);
    expect(images.store.layers.size).toBe(0);
    expect(fail(() => images.remove('alpine'))).toBe('NotFound: No such image: alpine:latest');
  });

  it('rmi by ID: references in several repositories need -f; child images can never be forced', () => {
    const { world, images } = setup();
    const img = addImage(world, { layers: [BASE], tags: ['a:1', 'b:1'] });
    const short = img.id.slice(7, 19);
    expect(fail(() => images.remove(short))).toBe(`Conflict: conflict: unable to delete ${short} (must be forced) - image is referenced in multiple repositories`);
    expect(images.remove(short, { force: true })).toEqual([{ Untagged: 'a:1' }, { Untagged: 'b:1' }, { Deleted: img.id }, { Deleted: img.chain[0] }]);
    const parent = addImage(world, { layers: [BASE] });
    addImage(world, { layers: [BASE, APP], parent: parent.id, tags: ['child:1'] });
    const p12 = parent.id.slice(7, 19);
    expect(fail(() => images.remove(parent.id, { force: true }))).toBe(`Conflict: conflict: unable to delete ${p12} (cannot be forced) - image has dependent child images`);
  });

  it('rmi respects containers: a used reference needs -f, a running container can never be forced', () => {
    const { world, images, users } = setup();
    const img = addImage(world, { layers: [BASE], tags: ['web:1'] });
    const c = 'c'.repeat(64);
    users.set(img.id, [{ id: c, running: true }]);
    const i12 = img.id.slice(7, 19);
    expect(fail(() => images.remove('web:1'))).toBe(`Conflict: conflict: unable to remove repository reference "web:1" (must force) - container cccccccccccc is using its referenced image ${i12}`);
    expect(fail(() => images.remove(img.id))).toBe(`Conflict: conflict: unable to delete ${i12} (cannot be forced) - image is being used by running container cccccccccccc`);
    // -f on the tag of a running container's image: untagged, the image stays (dangling).
    expect(images.remove('web:1', { force: true })).toEqual([{ Untagged: 'web:1' }]);
    expect(images.store.images.has(img.id)).toBe(true);
    users.set(img.id, [{ id: c, running: false }]);
    expect(fail(() => images.remove(img.id))).toBe(`Conflict: conflict: unable to delete ${i12} (must be forced) - image is being used by stopped container cccccccccccc`);
    expect(images.remove(img.id, { force: true })).toEqual([{ Deleted: img.id }, { Deleted: img.chain[0] }]);
  });

  it('removing an image keeps layers that a container still pins', () => {
    const { world, images } = setup();
    const img = addImage(world, { layers: [BASE, APP], tags: ['x:1'] });
    images.setHooks({ containersUsing: () => [], pinnedLayers: () => [img.chain[1]!] });
    expect(images.remove('x:1')).toEqual([{ Untagged: 'x:1' }, { Deleted: img.id }]);
    expect(images.store.layers.size).toBe(2);
  });

  it('prunes dangling images, or every unused image with dangling=false, reporting space reclaimed', () => {
    const { world, images, users, events } = setup();
    const used = addImage(world, { layers: [BASE], tags: ['used:1'] });
    const old = addImage(world, { layers: [BASE, APP] });
    const tagged = addImage(world, { layers: [{ other: 'x' }], tags: ['other:1'] });
    users.set(used.id, [{ id: 'd'.repeat(64), running: false }]);
    const first = images.prune();
    expect(first).toEqual({ ImagesDeleted: [{ Deleted: old.id }, { Deleted: old.chain[1] }], SpaceReclaimed: 15 });
    expect(events.at(-1)?.event).toMatchObject({ Action: 'prune', Actor: { ID: '', Attributes: { reclaimed: '15' } } });
    expect(images.prune()).toEqual({ ImagesDeleted: null, SpaceReclaimed: 0 });
    const all = images.prune({ dangling: ['false'] });
    expect(all.ImagesDeleted).toEqual([{ Untagged: 'other:1' }, { Deleted: tagged.id }, { Deleted: tagged.chain[0] }]);
    expect(images.store.images.has(used.id)).toBe(true);
    expect(fail(() => images.prune({ nope: ['1'] }))).toBe("InvalidParameter: invalid filter 'nope'");
    expect(fail(() => images.prune({ dangling: ['maybe'] }))).toBe("InvalidParameter: invalid filter 'dangling=maybe'");
  });

  it('filters the list by reference glob, label, before and since', async () => {
    const { world, images } = setup();
    const a = addImage(world, { layers: [BASE], tags: ['alpine:3.19', 'alpine:latest'], labels: { tier: 'base' } });
    await world.clock.advance(1000);
    const b = addImage(world, { layers: [BASE, APP], tags: ['myuser/app:v1'], labels: { tier: 'app', team: 'x' } });
    await world.clock.advance(1000);
    const c = addImage(world, { layers: [{ z: 'z' }], tags: ['localhost:5000/tool:1'] });
    const ids = (filters: { [k: string]: string[] }) => images.list({ filters }).map((s) => s.Id);
    expect(ids({ reference: ['alpine'] })).toEqual([a.id]);
    expect(images.list({ filters: { reference: ['alpine:3.*'] } })[0]!.RepoTags).toEqual(['alpine:3.19']);
    expect(ids({ reference: ['*/app'] })).toEqual([b.id]);
    expect(ids({ reference: ['localhost:5000/*'] })).toEqual([c.id]);
    expect(ids({ label: ['tier'] })).toEqual([b.id, a.id]);
    expect(ids({ label: ['tier=app', 'team'] })).toEqual([b.id]);
    expect(ids({ before: ['myuser/app:v1'] })).toEqual([a.id]);
    expect(ids({ since: ['alpine:latest'] })).toEqual([c.id, b.id]);
    expect(ids({})).toEqual([c.id, b.id, a.id]);
    expect(fail(() => images.list({ filters: { reference: ['[bad'] } }))).toBe('InvalidParameter: syntax error in pattern');
  });

  it('save writes a docker-archive that load restores on a fresh host: same IDs, tags, layers', async () => {
    const { world, images, events } = setup();
    world.addHost('other');
    const img = addImage(world, { layers: [BASE, APP], tags: ['app:1', 'app:2'] });
    const dangling = addImage(world, { layers: [{ d: 'd' }] });
    const tar = images.save(['app', dangling.id.slice(7, 19)]);
    expect(events.filter((e) => e.event.Action === 'save').map((e) => e.event.Actor.ID).sort()).toEqual([img.id, dangling.id].sort());
    const other = world.host('other').daemon.images;
    const messages = await other.load(tar, { quiet: true });
    expect(messages.map((m) => m.stream)).toEqual(['Loaded image: app:1\n', 'Loaded image: app:2\n', `Loaded image ID: ${dangling.id}\n`]);
    expect(other.get('app:1').id).toBe(img.id);
    expect(other.inspect('app:2').RootFS.Layers).toEqual(img.config.rootfs.diff_ids);
    expect(other.get(dangling.id).id).toBe(dangling.id);
    const verbose = await world.host().daemon.images.load(tar);
    expect(verbose.every((m) => m.status === undefined)).toBe(true); // every layer already present: no progress
  });

  it('load refuses archives without an image or with a tampered layer', async () => {
    const { world, images } = setup();
    addImage(world, { layers: [BASE], tags: ['t:1'] });
    const tar = images.save(['t:1']);
    const { readTar } = await import('../fs/tar-read.js');
    const { entriesToTree } = await import('../fs/tar-read.js');
    const { treeToTar } = await import('../fs/tar-write.js');
    const { putNode, getNode } = await import('../fs/tree.js');
    const { fileNode } = await import('../fs/node.js');
    const entries = await readTar(tar);
    const layerPath = entries.find((e) => e.path.startsWith('blobs/') && e.data.length >= 1024)!.path;
    let tree = entriesToTree(entries);
    const layerNode = getNode(tree, layerPath) as { data: Uint8Array };
    const tampered = layerNode.data.slice();
    tampered[600] = 0x41;
    tree = putNode(tree, layerPath, fileNode(tampered));
    await expect(images.load(treeToTar(tree))).rejects.toThrow(/^invalid diffID for layer 0: expected sha256:[0-9a-f]{64}, got sha256:[0-9a-f]{64}$/);
    const empty = treeToTar(putNode(entriesToTree([]), 'hello.txt', fileNode('hi')));
    await expect(images.load(empty)).rejects.toThrow(/repositories: no such file or directory/);
  });
});
