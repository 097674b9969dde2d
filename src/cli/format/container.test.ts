import { describe, expect, it } from 'vitest';
import { containerContext, formatContainers, formatUsesSize, type ContainerSummary } from './container.js';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const DAY_AGO = NOW / 1000 - 86_400;

// The two containers of docker/cli's TestContainerContextWrite.
const CONTAINERS: ContainerSummary[] = [
  { Id: 'containerID1', Names: ['/foobar_baz'], Image: 'ubuntu', ImageID: '', Command: '', Created: DAY_AGO, Ports: [], Labels: {}, State: 'running', Status: '', HostConfig: { NetworkMode: 'bridge' }, NetworkSettings: { Networks: {} }, Mounts: [] },
  { Id: 'containerID2', Names: ['/foobar_bar'], Image: 'ubuntu', ImageID: '', Command: '', Created: DAY_AGO, Ports: [], Labels: {}, State: 'running', Status: '', HostConfig: { NetworkMode: 'bridge' }, NetworkSettings: { Networks: {} }, Mounts: [] },
];

const list = (format: string, quiet = false, size = false) => formatContainers(CONTAINERS, { format, quiet, size, now: NOW });

describe('docker ps formats (docker/cli TestContainerContextWrite)', () => {
  it.each([
    [
      'table',
      false,
      true,
      'CONTAINER ID   IMAGE     COMMAND   CREATED        STATUS    PORTS     NAMES        SIZE\n' +
        'containerID1   ubuntu    ""        24 hours ago                       foobar_baz   0B\n' +
        'containerID2   ubuntu    ""        24 hours ago                       foobar_bar   0B\n',
    ],
    [
      'table',
      false,
      false,
      'CONTAINER ID   IMAGE     COMMAND   CREATED        STATUS    PORTS     NAMES\n' +
        'containerID1   ubuntu    ""        24 hours ago                       foobar_baz\n' +
        'containerID2   ubuntu    ""        24 hours ago                       foobar_bar\n',
    ],
    ['table {{.Image}}', false, false, 'IMAGE\nubuntu\nubuntu\n'],
    ['table {{.Image}}', true, false, 'containerID1\ncontainerID2\n'],
    ['table', true, false, 'containerID1\ncontainerID2\n'],
    ['table {{.State}}', false, true, 'STATE\nrunning\nrunning\n'],
    ['raw', true, false, 'container_id: containerID1\ncontainer_id: containerID2\n'],
    ['{{.Image}}', false, false, 'ubuntu\nubuntu\n'],
    ['{{.Image}}', false, true, 'ubuntu\nubuntu\n'],
    ['{{.Names}} {{.Label "missing"}}|', false, false, 'foobar_baz |\nfoobar_bar |\n'],
    ['table {{.ID}}\t{{.Label "com.docker.compose.project"}}', false, false, 'CONTAINER ID   project\ncontainerID1   \ncontainerID2   \n'],
  ] as const)('%j (quiet %s, size %s)', (format, quiet, size, out) => {
    expect(list(format, quiet, size)).toBe(out);
  });

  it('raw prints every field, Go time and all', () => {
    const created = '2025-05-31 12:00:00 +0000 UTC';
    const one = (id: string, name: string) =>
      `container_id: ${id}\nimage: ubuntu\ncommand: ""\ncreated_at: ${created}\nstate: running\nstatus:\nnames: ${name}\nlabels:\nports:\nsize: 0B\n\n`;
    expect(list('raw', false, true)).toBe(one('containerID1', 'foobar_baz') + one('containerID2', 'foobar_bar'));
  });

  it.each([
    ['{{InvalidFunction}}', 'template parsing error: template: :1: function "InvalidFunction" not defined'],
    ['{{nil}}', 'template parsing error: template: :1:2: executing "" at <nil>: nil is not a command'],
  ])('%s fails as docker does', (format, message) => {
    expect(() => list(format)).toThrow(message);
  });

  it('json marshals every field without arguments, sorted', () => {
    const c: ContainerSummary = { ...CONTAINERS[0]!, Labels: { b: '2', a: '1' }, Ports: [{ PrivatePort: 80, Type: 'tcp' }] };
    expect(formatContainers([c], { format: 'json', now: NOW })).toBe(
      '{"Command":"\\"\\"","CreatedAt":"2025-05-31 12:00:00 +0000 UTC","ID":"containerID1","Image":"ubuntu","Labels":"a=1,b=2","LocalVolumes":"0","Mounts":"","Names":"foobar_baz","Networks":"","Platform":null,"Ports":"80/tcp","RunningFor":"24 hours ago","Size":"0B","State":"running","Status":""}\n',
    );
  });
});

describe('docker ps columns (docker/cli TestContainerPsContext)', () => {
  const full = 'a'.repeat(64);
  it.each([
    [{ Id: full }, true, 'ID', 'aaaaaaaaaaaa'],
    [{ Id: full }, false, 'ID', full],
    [{ Names: ['/foobar_baz'] }, true, 'Names', 'foobar_baz'],
    [{ Names: ['/a/b', '/b'] }, true, 'Names', 'b'],
    [{ Image: 'ubuntu' }, true, 'Image', 'ubuntu'],
    [{ Image: 'verylongimagename' }, true, 'Image', 'verylongimagename'],
    [{ Image: 'a5a665ff33eced1e0803148700880edab4', ImageID: 'a5a665ff33eced1e0803148700880edab4269067ed77e27737a708d0d293fbf5' }, true, 'Image', 'a5a665ff33ec'],
    [{ Image: 'a5a665ff33eced1e0803148700880edab4', ImageID: 'a5a665ff33eced1e0803148700880edab4269067ed77e27737a708d0d293fbf5' }, false, 'Image', 'a5a665ff33eced1e0803148700880edab4'],
    [{ Image: 'ubuntu:latest@sha256:a5a665ff33eced1e0803148700880edab4269067ed77e27737a708d0d293fbf5' }, true, 'Image', 'ubuntu:latest'],
    [{ Image: 'docker.io/library/ubuntu@sha256:a5a665ff33eced1e0803148700880edab4269067ed77e27737a708d0d293fbf5' }, true, 'Image', 'ubuntu'],
    [{ Image: '' }, true, 'Image', '<no image>'],
    [{ Command: 'command' }, true, 'Command', '"command"'],
    [{ Command: 'docker-entrypoint.sh mysqld' }, true, 'Command', '"docker-entrypoint.s…"'],
    [{ Command: 'docker-entrypoint.sh mysqld' }, false, 'Command', '"docker-entrypoint.sh mysqld"'],
    [{ Created: DAY_AGO }, true, 'RunningFor', '24 hours ago'],
    [{ Labels: { cpu: '6', memory: '2G' } }, true, 'Labels', 'cpu=6,memory=2G'],
    [{ SizeRw: 10, SizeRootFs: 12345678 }, true, 'Size', '10B (virtual 12.3MB)'],
    [{ Mounts: [{ Name: 'this-is-a-long-volume-name-and-will-be-truncated-if-trunc-is-set', Driver: 'local', Source: '/a/path' }] }, true, 'Mounts', 'this-is-a-long…'],
    [{ Mounts: [{ Driver: 'local', Source: '/a/path' }] }, false, 'Mounts', '/a/path'],
    [{ Mounts: [{ Driver: 'local', Source: '/a' }, { Driver: 'nfs', Source: '/b' }] }, true, 'LocalVolumes', '1'],
  ] as const)('%j trunc=%s .%s → %s', (fields, trunc, field, value) => {
    const ctx = containerContext({ ...CONTAINERS[0]!, ...(fields as Partial<ContainerSummary>) }, { trunc, now: NOW });
    expect((ctx[field] as () => string)()).toBe(value);
  });
});

describe('ps --format pre-pass', () => {
  it.each([
    ['{{.Size}}', true],
    ['table {{.ID}}\t{{.Size}}', true],
    ['{{json .}}', true],
    ['json', false],
    ['{{.Names}}', false],
  ])('%s reads .Size: %s', (format, used) => {
    expect(formatUsesSize(format)).toBe(used);
  });

  it('reports template errors as docker ps does', () => {
    expect(() => formatUsesSize('{{.Nope}}')).toThrow('failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext');
    expect(() => formatUsesSize('{{.Nope')).toThrow('failed to parse template: template: :1: unclosed action');
  });
});
