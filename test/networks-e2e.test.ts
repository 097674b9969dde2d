/**
 * Networks end to end, through the typed client and the container runtime: containers reach each
 * other by name only on a shared user network, the default bridge has no DNS, published ports are
 * reachable from the host, a second bind of a host port fails the start and leaves it Created.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rejection } from './helpers/errors.js';
import { bodyText } from '../src/network/http/codec.js';
import { networkInvariantViolations } from '../src/network/invariants.js';
import { readNetworkSlice } from '../src/network/slice.js';
import type { World } from '../src/world/world.js';
import { networkWorld, output, run } from './helpers/network-world.js';

let world: World;
afterEach(() => world?.dispose());

describe('containers on networks', () => {
  it('reach each other by name, alias and short id on a user network — and not across networks', async () => {
    world = networkWorld(1);
    const docker = world.client();
    await docker.networkCreate({ Name: 'app' });
    await docker.networkCreate({ Name: 'other' });
    const api = await run(docker, 'api', ['serve', '8080'], { network: 'app', aliases: ['backend'] });
    expect(await output(docker, 'c1', ['fetch', 'http://api:8080/hi'], 'app')).toBe(`200 hello from ${api.slice(0, 12)} GET /hi\n`);
    expect(await output(docker, 'c2', ['fetch', 'http://backend:8080/'], 'app')).toMatch(/^200 hello from/);
    expect(await output(docker, 'c3', ['lookup', api.slice(0, 12)], 'app')).toBe('172.18.0.2\n');
    expect(await output(docker, 'c4', ['lookup', 'api.app'], 'app')).toBe('172.18.0.2\n');
    expect(await output(docker, 'x1', ['fetch', 'http://api:8080/'], 'other')).toBe('ENOTFOUND getaddrinfo ENOTFOUND api\n');
    const before = world.clock.now();
    expect(await output(docker, 'x2', ['dial', '172.18.0.2', '8080'], 'other')).toBe('ETIMEDOUT connect ETIMEDOUT 172.18.0.2:8080\n');
    expect(world.clock.now() - before).toBeGreaterThanOrEqual(5_000);
    expect(await output(docker, 'c5', ['dial', 'api', '9999'], 'app')).toBe('ECONNREFUSED connect ECONNREFUSED 172.18.0.2:9999\n');
    expect(networkInvariantViolations(readNetworkSlice(world.host().state))).toEqual([]);
  });

  it('on the default bridge have no DNS by name, but reach each other by address', async () => {
    world = networkWorld(2);
    const docker = world.client();
    await run(docker, 'web', ['serve', '80']);
    const web = await docker.containerInspect('web');
    expect(web.NetworkSettings.Networks['bridge']).toMatchObject({ IPAddress: '172.17.0.2', Gateway: '172.17.0.1', IPPrefixLen: 16, DNSNames: null });
    expect(web.NetworkSettings['IPAddress']).toBe('172.17.0.2');
    expect(await output(docker, 'b1', ['lookup', 'web'])).toBe('ENOTFOUND getaddrinfo ENOTFOUND web\n');
    expect(await output(docker, 'b2', ['fetch', 'http://172.17.0.2/'])).toMatch(/^200 hello from/);
  });

  it('with --network none reach nothing', async () => {
    world = networkWorld(3);
    const docker = world.client();
    expect(await output(docker, 'n1', ['dial', '172.17.0.1', '80'], 'none')).toBe('ENETUNREACH connect ENETUNREACH 172.17.0.1:80\n');
    expect(await output(docker, 'n2', ['lookup', 'example.com'], 'none')).toBe('ENOTFOUND getaddrinfo EAI_AGAIN example.com\n');
  });

  it('share a network alias: the name answers with every address', async () => {
    world = networkWorld(4);
    const docker = world.client();
    await docker.networkCreate({ Name: 'app' });
    await run(docker, 's1', ['sleep', '100'], { network: 'app', aliases: ['db'] });
    await run(docker, 's2', ['sleep', '100'], { network: 'app', aliases: ['db'] });
    expect(await output(docker, 'qq', ['lookup', 'db'], 'app')).toBe('172.18.0.2 172.18.0.3\n');
  });
});

describe('restart policies', () => {
  it('a restarting container leaves and rejoins its networks, keeping its address', async () => {
    world = networkWorld(18);
    const docker = world.client();
    await docker.networkCreate({ Name: 'app' });
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1'], HostConfig: { NetworkMode: 'app', RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 0 } } }, { name: 'flaky' });
    const seen: string[] = [];
    world.onEvent(({ event }) => {
      if (event.Type === 'network' || (event.Type === 'container' && ['start', 'die'].includes(event.Action))) seen.push(`${event.Type} ${event.Action}`);
    });
    await docker.containerStart(Id);
    await docker.containerWait(Id);
    expect(seen).toEqual(['network connect', 'container start', 'network disconnect', 'container die']);
    await docker.containerUpdate(Id, { RestartPolicy: { Name: 'always', MaximumRetryCount: 0 } });
    await docker.containerStart(Id);
    await world.clock.hold(world.clock.sleep(1_500));
    expect((await docker.containerInspect(Id)).NetworkSettings.Networks['app']!.IPAddress).toBe('172.18.0.2');
    expect(seen.filter((e) => e === 'network connect').length).toBeGreaterThanOrEqual(3);
  });
});

describe('renaming', () => {
  it('a running container answers to its new name on its user networks', async () => {
    world = networkWorld(17);
    const docker = world.client();
    await docker.networkCreate({ Name: 'app' });
    await run(docker, 'old', ['serve', '80'], { network: 'app', aliases: ['svc'] });
    await docker.containerRename('old', 'new');
    expect(await output(docker, 'q1', ['lookup', 'new'], 'app')).toBe('172.18.0.2\n');
    expect(await output(docker, 'q2', ['lookup', 'svc'], 'app')).toBe('172.18.0.2\n');
    expect(await output(docker, 'q3', ['lookup', 'old'], 'app')).toBe('ENOTFOUND getaddrinfo ENOTFOUND old\n');
    const id = (await docker.containerInspect('new')).Id;
    expect((await docker.containerInspect('new')).NetworkSettings.Networks['app']!.DNSNames).toEqual(['new', 'svc', id.slice(0, 12)]);
    expect((await docker.networkInspect('app')).Containers[id]!.Name).toBe('new');
  });
});

describe('published ports', () => {
  it('are reachable from the host, like a browser on localhost', async () => {
    world = networkWorld(5);
    const docker = world.client();
    const id = await run(docker, 'todo', ['serve', '3000'], { ports: { '3000/tcp': '3000' } });
    const response = await world.host().request('http://localhost:3000/items');
    expect(response.status).toBe(200);
    expect(bodyText(response)).toBe(`hello from ${id.slice(0, 12)} GET /items\n`);
    const inspect = await docker.containerInspect('todo');
    expect(inspect.NetworkSettings.Ports).toEqual({ '3000/tcp': [{ HostIp: '0.0.0.0', HostPort: '3000' }, { HostIp: '::', HostPort: '3000' }] });
    const [summary] = await docker.containerList();
    expect(summary!.Ports).toEqual([
      { IP: '0.0.0.0', PrivatePort: 3000, PublicPort: 3000, Type: 'tcp' },
      { IP: '::', PrivatePort: 3000, PublicPort: 3000, Type: 'tcp' },
    ]);
    await expect(world.host().connect(3001)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('refuse a second bind of the same host port and leave the container Created', async () => {
    world = networkWorld(6);
    const docker = world.client();
    await run(docker, 'first', ['serve', '3000'], { ports: { '3000/tcp': '3000' } });
    const { Id } = await docker.containerCreate(
      { Image: 'alpine', Cmd: ['serve', '3000'], ExposedPorts: { '3000/tcp': {} }, HostConfig: { PortBindings: { '3000/tcp': [{ HostIp: '', HostPort: '3000' }] } } },
      { name: 'second' },
    );
    const error = await rejection(docker.containerStart(Id));
    expect(error.message).toMatch(
      /^failed to set up container networking: driver failed programming external connectivity on endpoint second \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:3000 failed: port is already allocated$/,
    );
    const second = await docker.containerInspect(Id);
    expect(second.State).toMatchObject({ Status: 'created', Running: false, ExitCode: 128, Error: error.message });
    expect(second.NetworkSettings.Ports).toEqual({});
    expect((await docker.networkInspect('bridge')).Containers[Id]).toBeUndefined();
    await docker.containerStop('first');
    await docker.containerStart(Id);
    expect((await docker.containerInspect(Id)).State.Status).toBe('running');
  });

  it('stop answering when the container stops, and reset while nothing listens', async () => {
    world = networkWorld(7);
    const docker = world.client();
    await run(docker, 'idle', ['sleep', '100'], { ports: { '80/tcp': '8080' } });
    await expect(world.host().request('http://localhost:8080/')).rejects.toMatchObject({ code: 'ECONNRESET' });
    await docker.containerStop('idle');
    await expect(world.host().connect(8080)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('network verbs through the client', () => {
  it('connect, inspect, disconnect, rm with Docker’s errors and events', async () => {
    world = networkWorld(8);
    const docker = world.client();
    const events: string[] = [];
    world.onEvent(({ event }) => {
      if (event.Type === 'network') events.push(`${event.Action} ${event.Actor.Attributes['name'] ?? ''}`);
    });
    const { Id: netId } = await docker.networkCreate({ Name: 'app', Labels: { team: 'a' } });
    const web = await run(docker, 'web', ['sleep', '1000']);
    await docker.networkConnect('app', { Container: 'web', EndpointConfig: { Aliases: ['site'] } });
    const net = await docker.networkInspect('app');
    expect(net.Id).toBe(netId);
    expect(Object.keys(net.Containers)).toEqual([web]);
    expect(net.Containers[web]).toMatchObject({ Name: 'web', IPv4Address: '172.18.0.2/16', IPv6Address: '' });
    expect((await docker.containerInspect('web')).NetworkSettings.Networks['app']).toMatchObject({ Aliases: ['site'], DNSNames: ['web', 'site', web.slice(0, 12)] });
    expect(await rejection(docker.networkConnect('app', { Container: 'web' }))).toEqual({ kind: 'Forbidden', message: 'endpoint with name web already exists in network app' });
    expect(await rejection(docker.networkDelete('app'))).toMatchObject({ kind: 'Forbidden', message: expect.stringMatching(/^error while removing network: network app has active endpoints \(name:"web" id:"[0-9a-f]{12}"\)$/) });
    await docker.networkDisconnect('app', { Container: 'web' });
    expect(await rejection(docker.networkDisconnect('app', { Container: 'web' }))).toEqual({ kind: 'Internal', message: `container ${web} is not connected to network app` });
    await docker.networkDelete('app');
    expect(await rejection(docker.networkInspect('app'))).toEqual({ kind: 'NotFound', message: 'network app not found' });
    expect(events).toEqual(['create app', 'connect bridge', 'connect app', 'disconnect app', 'destroy app']);
  });

  it('prune removes unused networks, not those with running containers', async () => {
    world = networkWorld(9);
    const docker = world.client();
    await docker.networkCreate({ Name: 'used' });
    await docker.networkCreate({ Name: 'unused' });
    await run(docker, 'ww', ['sleep', '1000'], { network: 'used' });
    expect(await docker.networkPrune()).toEqual({ NetworksDeleted: ['unused'] });
    expect(await docker.networkPrune()).toEqual({ NetworksDeleted: null });
    expect((await docker.networkList()).map((n) => n.Name)).toEqual(['bridge', 'host', 'none', 'used']);
  });

  it('a stopped container keeps its configuration and joins on start; a removed network fails the start', async () => {
    world = networkWorld(10);
    const docker = world.client();
    await docker.networkCreate({ Name: 'later' });
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1000'] }, { name: 'cc' });
    await docker.networkConnect('later', { Container: 'cc' });
    expect(Object.keys((await docker.containerInspect(Id)).NetworkSettings.Networks)).toEqual(['bridge', 'later']);
    await docker.containerStart(Id);
    expect((await docker.containerInspect(Id)).NetworkSettings.Networks['later']!.IPAddress).toBe('172.18.0.2');
    await docker.containerStop(Id);
    expect((await docker.containerInspect(Id)).NetworkSettings.Networks['later']!.IPAddress).toBe('');
    await docker.networkDelete('later');
    expect(await rejection(docker.containerStart(Id))).toEqual({ kind: 'NotFound', message: 'failed to set up container networking: network later not found' });
  });

  it('releases addresses on stop, so the next container reuses them', async () => {
    world = networkWorld(11);
    const docker = world.client();
    await run(docker, 'aa', ['sleep', '1000']);
    await run(docker, 'bb', ['sleep', '1000']);
    await docker.containerStop('aa');
    await run(docker, 'cc', ['sleep', '1000']);
    expect((await docker.containerInspect('cc')).NetworkSettings.Networks['bridge']!.IPAddress).toBe('172.17.0.2');
  });
});

describe('namespaces and special networks', () => {
  it('container:<id> shares the other container’s stack: localhost reaches its server', async () => {
    world = networkWorld(12);
    const docker = world.client();
    const server = await run(docker, 'srv', ['serve', '9000']);
    expect(await output(docker, 'side', ['fetch', 'http://localhost:9000/'], `container:${server}`)).toBe(`200 hello from ${server.slice(0, 12)} GET /\n`);
    const side = await docker.containerInspect('side');
    expect(side.NetworkSettings.Networks).toEqual({});
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1'], HostConfig: { NetworkMode: 'container:nosuch' } }, { name: 'lost' });
    expect(await rejection(docker.containerStart(Id))).toEqual({ kind: 'Internal', message: 'joining network namespace of container: No such container: nosuch' });
    expect(await rejection(docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1'], HostConfig: { NetworkMode: `container:${server}`, PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '80' }] } } }))).toEqual({
      kind: 'InvalidParameter',
      message: 'conflicting options: port publishing and the container type network mode',
    });
  });

  it('host mode listens on the host itself, and clashes with published ports', async () => {
    world = networkWorld(13);
    const docker = world.client();
    const { Warnings } = await docker.containerCreate({ Image: 'alpine', Cmd: ['serve', '7000'], ExposedPorts: { '7000/tcp': {} }, HostConfig: { NetworkMode: 'host', PortBindings: { '7000/tcp': [{ HostIp: '', HostPort: '9999' }] } } }, { name: 'onhost' });
    expect(Warnings).toEqual(['Published ports are discarded when using host network mode']);
    await docker.containerStart('onhost');
    expect(bodyText(await world.host().request('http://localhost:7000/'))).toMatch(/^hello from dockersim GET \//);
    const clash = await docker.containerCreate({ Image: 'alpine', Cmd: ['sleep', '100'], ExposedPorts: { '80/tcp': {} }, HostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '7000' }] } } }, { name: 'clash' });
    expect((await rejection(docker.containerStart(clash.Id))).message).toMatch(/: failed to bind host port for 0\.0\.0\.0:7000:172\.17\.0\.2:80\/tcp: address already in use$/);
    expect((await docker.networkInspect('host')).Containers[(await docker.containerInspect('onhost')).Id]).toMatchObject({ Name: 'onhost', IPv4Address: '' });
  });

  it('internal networks connect their members but not the outside', async () => {
    world = networkWorld(14);
    const docker = world.client();
    await docker.networkCreate({ Name: 'backend', Internal: true });
    await run(docker, 'db', ['serve', '5432'], { network: 'backend', ports: { '5432/tcp': '5432' } });
    expect(await output(docker, 'api', ['fetch', 'http://db:5432/'], 'backend')).toMatch(/^200 hello from/);
    expect(await output(docker, 'out', ['dial', '8.8.8.8', '53'], 'backend')).toBe('ENETUNREACH connect ENETUNREACH 8.8.8.8:53\n');
    expect((await docker.containerInspect('db')).NetworkSettings.Ports).toEqual({});
    await expect(world.host().connect(5432)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('legacy --link gives /etc/hosts names on the default bridge', async () => {
    world = networkWorld(15);
    const docker = world.client();
    await run(docker, 'db', ['serve', '5432']);
    const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['lookup', 'database'], HostConfig: { Links: ['db:database'] } }, { name: 'app' });
    await docker.containerStart(Id);
    await docker.containerWait(Id);
    const lines: string[] = [];
    for await (const e of docker.containerLogs(Id, { stdout: true })) lines.push(e.line);
    expect(lines.join('')).toBe('172.17.0.2\n');
  });
});

describe('network files in the container', () => {
  it('/etc/hosts and /etc/resolv.conf as Docker writes them', async () => {
    world = networkWorld(16);
    const docker = world.client();
    await docker.networkCreate({ Name: 'app' });
    const id = await run(docker, 'web', ['sleep', '1000'], { network: 'app' });
    expect(await output(docker, 'h1', ['cat', '/etc/hosts'], `container:${id}`)).toBe(
      `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n172.18.0.2\t${id.slice(0, 12)}\n`,
    );
    expect(await output(docker, 'h2', ['cat', '/etc/resolv.conf'], 'app')).toContain('\nnameserver 127.0.0.11\noptions ndots:0\n');
    expect(await output(docker, 'h3', ['cat', '/etc/resolv.conf'])).toContain('\nnameserver 8.8.8.8\n');
  });
});
