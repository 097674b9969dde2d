/**
 * docker's list outputs for data captured from the real docker 28.2 CLI (shared/reference/
 * engine-api-captures.log): the daemon's answer goes in, the CLI's stdout must come out. The
 * capture's clock is pinned from what the CLI printed ("5 seconds ago").
 */
import { describe, expect, it } from 'vitest';
import { formatContexts } from './context-list.js';
import { formatDiskUsage, type DiskUsage } from './disk-usage.js';
import { formatHistory } from './history.js';
import { formatImages, type ImageSummary } from './image.js';
import { inspectOutput } from './inspect.js';
import { formatNetworks, type NetworkSummary } from './network.js';
import { formatStats } from './stats.js';
import { formatVolumes } from './volume.js';

const hex = (prefix: string) => prefix.padEnd(64, '0');

describe('captured list outputs', () => {
  it('docker network ls (sorted by name)', () => {
    const net = (name: string, id: string, driver: string): NetworkSummary => ({ Name: name, Id: hex(id), Driver: driver, Scope: 'local', Created: '2026-11-28T01:35:08.308Z', EnableIPv4: false, EnableIPv6: false, IPAM: { Driver: 'default', Options: null, Config: [] }, Internal: false, Attachable: false, Ingress: false, ConfigFrom: { Network: '' }, ConfigOnly: false, Containers: {}, Options: {}, Labels: {} });
    const networks = [net('none', 'b6ba7083adda', 'null'), net('mynet2', '95057c71cc57', 'bridge'), net('bridge', '74049a60b2e0', 'bridge'), net('host', '3bfeb1c3c989', 'host'), net('mynet', 'e18a39ee8c7d', 'bridge')];
    expect(formatNetworks(networks)).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\n74049a60b2e0   bridge    bridge    local\n3bfeb1c3c989   host      host      local\ne18a39ee8c7d   mynet     bridge    local\n95057c71cc57   mynet2    bridge    local\nb6ba7083adda   none      null      local\n',
    );
    expect(formatNetworks(networks, { quiet: true })).toBe(['74049a60b2e0', '3bfeb1c3c989', 'e18a39ee8c7d', '95057c71cc57', 'b6ba7083adda', ''].join('\n'));
    expect(formatNetworks([networks[2]!], { format: '{{.Name}} {{.CreatedAt}} {{.IPv4}}' })).toBe('bridge 2026-11-28 01:35:08.308 +0000 UTC false\n');
  });

  it('docker volume ls (natural name order)', () => {
    const volumes = [
      { CreatedAt: '2026-11-28T01:35:12.784Z', Driver: 'local', Labels: null, Mountpoint: '/var/lib/docker/volumes/myvol2/_data', Name: 'myvol2', Options: null, Scope: 'local' as const },
      { CreatedAt: '2026-11-28T01:35:13.114Z', Driver: 'local', Labels: { x: 'y' }, Mountpoint: '/var/lib/docker/volumes/2bb2/_data', Name: '2bb2229dc44e96839bbf066858e3b454470b4cbc2dede94b9c429278a7745638', Options: null, Scope: 'local' as const },
    ];
    expect(formatVolumes(volumes)).toBe('DRIVER    VOLUME NAME\nlocal     2bb2229dc44e96839bbf066858e3b454470b4cbc2dede94b9c429278a7745638\nlocal     myvol2\n');
    expect(formatVolumes(volumes, { format: '{{.Name}}:{{.Labels}}:{{.Size}}' })).toBe('2bb2229dc44e96839bbf066858e3b454470b4cbc2dede94b9c429278a7745638:x=y:N/A\nmyvol2::N/A\n');
  });

  it('docker history alpine', () => {
    const items = [{ Id: 'sha256:5ea6d1225fe88cde7c3dea79aa96896b1195c9bf97330f22765386e98561e7ce', Created: 1795829730, CreatedBy: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', Tags: null, Size: 0, Comment: '' }];
    expect(formatHistory(items, { now: 1795829730_500 })).toBe(
      'IMAGE          CREATED                  CREATED BY                           SIZE      COMMENT\n5ea6d1225fe8   Less than a second ago   /bin/sh -c #(nop)  CMD ["/bin/sh"]   0B        \n',
    );
    expect(formatHistory([{ ...items[0]!, Id: '<missing>', Created: 946684800, CreatedBy: `/bin/sh -c\t${'x'.repeat(60)}` }], { now: 1795829730_500, human: false })).toBe(
      `IMAGE       CREATED AT             CREATED BY                                      SIZE      COMMENT\n<missing>   2000-01-01T00:00:00Z   /bin/sh -c ${'x'.repeat(33)}…   0         \n`,
    );
  });

  const image: ImageSummary = { Containers: -1, Created: 1795830656, Id: 'sha256:1e29e62297eb3e9ca7183193ca14c6fe398cc7a2bff02a886795e33cbbfd6d6b', Labels: null, ParentId: '', RepoDigests: [], RepoTags: ['alpine:latest'], SharedSize: -1, Size: 7800000 };

  it.each([
    [{}, 'REPOSITORY   TAG       IMAGE ID       CREATED         SIZE\nalpine       latest    1e29e62297eb   2 seconds ago   7.8MB\n'],
    [{ digests: true }, 'REPOSITORY   TAG       DIGEST    IMAGE ID       CREATED         SIZE\nalpine       latest    <none>    1e29e62297eb   2 seconds ago   7.8MB\n'],
    [{ quiet: true }, '1e29e62297eb\n'],
    [{ quiet: true, trunc: false }, 'sha256:1e29e62297eb3e9ca7183193ca14c6fe398cc7a2bff02a886795e33cbbfd6d6b\n'],
    [{ format: '{{.Repository}}:{{.Tag}} {{.Containers}} {{.SharedSize}} {{.UniqueSize}}' }, 'alpine:latest N/A N/A N/A\n'],
  ])('docker images %j', (options, out) => {
    expect(formatImages([image], { now: 1795830658_000, ...options })).toBe(out);
  });

  it('docker images: one row per repository tag, <none> for dangling images', () => {
    const tagged = { ...image, RepoTags: ['docker.io/library/a:latest', 'a:1', 'registry.local:5000/b:2'], RepoDigests: [`a@sha256:${'abc'.padEnd(64, '0')}`, 'b@sha256:not-a-digest'] };
    const dangling = { ...image, Id: 'sha256:ffff', RepoTags: [], RepoDigests: [] };
    expect(formatImages([tagged, dangling], { now: 1795830658_000, format: '{{.Repository}} {{.Tag}} {{.Digest}}' })).toBe(
      `a latest sha256:${'abc'.padEnd(64, '0')}\na 1 sha256:${'abc'.padEnd(64, '0')}\nregistry.local:5000/b 2 <none>\n<none> <none> <none>\n`,
    );
  });

  const df: DiskUsage = {
    LayersSize: 7800000,
    Images: [
      { Containers: 0, Created: 1795829773, Id: 'sha256:275a38096c9c8b47097fa3fd45959ea48f01a0374d1fa098816f9391d6a8e4f7', Labels: null, ParentId: '', RepoDigests: [], RepoTags: ['alpine:latest'], SharedSize: 0, Size: 7800000 },
      { Containers: 0, Created: 1795829774, Id: 'sha256:3d9aeb203d809efadb166d61de39eb37abe8b21792f654089274c4f604be795a', Labels: null, ParentId: '', RepoDigests: [], RepoTags: ['a:latest', 'b:2'], SharedSize: 0, Size: 7800000 },
    ],
    Containers: [
      { Id: '85f63ff0f885f1783ea032715ab2d227bf7b8d9b189f5ff954349501773775f7', Names: ['/web'], Image: 'alpine', ImageID: 'sha256:275a', Command: 'sleep 1000', Created: 1795829774, Ports: [], Labels: {}, State: 'running', Status: 'Up 5 seconds', HostConfig: { NetworkMode: 'bridge' }, NetworkSettings: { Networks: {} }, Mounts: [], SizeRw: 0, SizeRootFs: 0 },
    ],
    Volumes: [],
    BuildCache: [],
  };

  it('docker system df', () => {
    expect(formatDiskUsage(df, { now: 1795829778_000 })).toBe(
      'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\nImages          2         0         7.8MB     7.8MB (100%)\nContainers      1         1         0B        0B\nLocal Volumes   0         0         0B        0B\nBuild Cache     0         0         0B        0B\n',
    );
  });

  it('docker system df -v', () => {
    expect(formatDiskUsage(df, { now: 1795829778_000, verbose: true })).toBe(
      [
        'Images space usage:',
        '',
        'REPOSITORY   TAG       IMAGE ID       CREATED         SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS',
        'alpine       latest    275a38096c9c   5 seconds ago   7.8MB     0B            7.8MB         0',
        'a            latest    3d9aeb203d80   4 seconds ago   7.8MB     0B            7.8MB         0',
        '',
        'Containers space usage:',
        '',
        'CONTAINER ID   IMAGE     COMMAND        LOCAL VOLUMES   SIZE      CREATED         STATUS         NAMES',
        '85f63ff0f885   alpine    "sleep 1000"   0               0B        4 seconds ago   Up 5 seconds   web',
        '',
        'Local Volumes space usage:',
        '',
        'VOLUME NAME   LINKS     SIZE',
        '',
        'Build cache usage: 0B',
        '',
        'CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED',
        '',
      ].join('\n'),
    );
  });

  it('docker stats --no-stream, with containers that gave no data', () => {
    const web = { Container: 'a75cbb5bfa16', Name: '/web', ID: 'a75cbb5bfa16f37ebb6cdea6832301e07751cdd8b5a66732bfefa86c8df55e34', CPUPercentage: 40, Memory: 9 * 1024 * 1024, MemoryLimit: 8e9, MemoryPercentage: ((9 * 1024 * 1024) / 8e9) * 100, NetworkRx: 1000, NetworkTx: 2000, BlockRead: 4096, BlockWrite: 8192, PidsCurrent: 3 };
    const gone = (c: string) => ({ ...web, Container: c, Name: '', ID: '', IsInvalid: true });
    expect(formatStats([web, gone('0b3499ac85ae'), gone('5b0f4ceb5b56')])).toBe(
      [
        'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O     BLOCK I/O        PIDS',
        'a75cbb5bfa16   web       40.00%    9MiB / 7.451GiB     0.12%     1kB / 2kB   4.1kB / 8.19kB   3',
        '               --        --        -- / --             --        --          --               --',
        '               --        --        -- / --             --        --          --               --',
        '',
      ].join('\n'),
    );
  });

  it('docker context ls', () => {
    expect(formatContexts([{ Name: 'default', Description: 'Current DOCKER_HOST based configuration', DockerEndpoint: 'unix:///var/run/docker.sock', Current: true, Error: '' }])).toBe(
      'NAME        DESCRIPTION                               DOCKER ENDPOINT               ERROR\ndefault *   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock   \n',
    );
    expect(formatContexts([{ Name: 'default', Description: 'Current DOCKER_HOST based configuration', DockerEndpoint: 'unix:///var/run/docker.sock', Current: true, Error: '' }], { format: 'json' })).toBe(
      '{"Current":true,"Description":"Current DOCKER_HOST based configuration","DockerEndpoint":"unix:///var/run/docker.sock","Error":"","Name":"default"}\n',
    );
  });
});

describe('docker inspect output', () => {
  const record = { Id: 'abc', State: { Status: 'running', Running: true, Health: null }, Config: { Env: ['A=1'], Labels: { b: '<2>', a: '1' }, ExposedPorts: {} }, Mounts: [] };

  it('indents by four spaces, maps sorted, empty collections compact, no HTML escaping', () => {
    expect(inspectOutput([record]).stdout).toBe(
      '[\n    {\n        "Id": "abc",\n        "State": {\n            "Status": "running",\n            "Running": true,\n            "Health": null\n        },\n' +
        '        "Config": {\n            "Env": [\n                "A=1"\n            ],\n            "Labels": {\n                "a": "1",\n                "b": "<2>"\n            },\n            "ExposedPorts": {}\n        },\n        "Mounts": []\n    }\n]\n',
    );
    expect(inspectOutput([]).stdout).toBe('[]\n');
  });

  it.each([
    ['{{.State.Status}}', 'running\n', []],
    ['{{json .Config.Env}} {{index .Config.Labels "b"}}', '["A=1"] <2>\n', []],
    ['{{range .Config.Env}}{{.}};{{end}}', 'A=1;\n', []],
    ['{{.Nope}}', '\n', ['template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"']],
  ])('-f %s', (format, stdout, errors) => {
    expect(inspectOutput([record], format)).toEqual({ stdout, errors });
  });

  it('a bad template exits 64', () => {
    expect(() => inspectOutput([record], '{{.Id')).toThrow('template parsing error: template: :1: unclosed action');
  });
});

describe('{{json .}} of a row', () => {
  it('escapes <, > and & as docker\'s MarshalJSON (json.Marshal) does; a plain value stays as it is', () => {
    const image: ImageSummary = { Containers: -1, Created: 1795830656, Id: `sha256:${'a'.repeat(64)}`, Labels: null, ParentId: '', RepoDigests: [], RepoTags: [], SharedSize: -1, Size: 1 };
    expect(formatImages([image], { now: 1795830658_000, format: '{{json .Digest}} {{json .}}' })).toBe(
      '"<none>" {"Containers":"N/A","CreatedAt":"2026-11-28 01:50:56 +0000 UTC","CreatedSince":"2 seconds ago","Digest":"\\u003cnone\\u003e","ID":"aaaaaaaaaaaa","Repository":"\\u003cnone\\u003e","SharedSize":"N/A","Size":"1B","Tag":"\\u003cnone\\u003e","UniqueSize":"N/A","VirtualSize":"1B"}\n',
    );
  });
});
