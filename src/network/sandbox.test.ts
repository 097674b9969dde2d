import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/helpers/errors.js';
import { cid, container, create, freshSlice, testEntropy } from '../../test/helpers/network.js';
import { connectContainer, disconnectContainer, type ConnectTarget } from './connect.js';
import type { ContainerNet } from './container-net.js';
import { findNetwork } from './lookup.js';
import { networkEndpoints, removeNetwork } from './remove.js';
import { startNetworking, stopNetworking } from './sandbox.js';
import type { NetworkSlice } from './state.js';

const entropy = testEntropy(3);

function start(slice: NetworkSlice, c: ContainerNet) {
  return startNetworking(slice, c, entropy);
}

const web = (n: number, overrides: Partial<ContainerNet> = {}) => container(cid(n), `web${n}`, overrides);
const published = (bindings: { [port: string]: { HostIp: string; HostPort: string }[] }, publishAll = false) => ({
  publish: { exposed: Object.keys(bindings), bindings, publishAll },
});

describe('starting on the default bridge', () => {
  it('gets 172.17.0.2, the gateway, a random local MAC and no DNS names', () => {
    const started = start(freshSlice(), web(1));
    const bridge = started.state.Networks['bridge']!;
    expect(bridge).toMatchObject({ IPAddress: '172.17.0.2', IPPrefixLen: 16, Gateway: '172.17.0.1', DNSNames: null, Aliases: null });
    expect(bridge.MacAddress).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
    expect(parseInt(bridge.MacAddress.slice(0, 2), 16) & 0x03).toBe(0x02);
    expect(bridge.NetworkID).toBe(findNetwork(started.slice, 'bridge').Id);
    expect(started.state.SandboxKey).toMatch(/^\/var\/run\/docker\/netns\/[0-9a-f]{12}$/);
    expect(started.events).toEqual([{ Type: 'network', Action: 'connect', id: bridge.NetworkID, attributes: { container: cid(1), name: 'bridge', type: 'bridge' } }]);
  });

  it('hands out the lowest free address and reuses released ones', () => {
    let slice = freshSlice();
    const ips: string[] = [];
    for (const n of [1, 2, 3]) {
      const s = start(slice, web(n));
      slice = s.slice;
      ips.push(s.state.Networks['bridge']!.IPAddress);
    }
    expect(ips).toEqual(['172.17.0.2', '172.17.0.3', '172.17.0.4']);
    slice = stopNetworking(slice, web(2)).slice;
    expect(start(slice, web(4)).state.Networks['bridge']!.IPAddress).toBe('172.17.0.3');
  });

  it('publishes ports on 0.0.0.0 and :: and reports them sorted', () => {
    const s = start(freshSlice(), web(1, { publish: { exposed: ['80/tcp', '3000/tcp', '53/udp'], bindings: { '3000/tcp': [{ HostIp: '', HostPort: '3000' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '5353' }] }, publishAll: false } }));
    expect(s.state.Ports).toEqual({
      '3000/tcp': [
        { HostIp: '0.0.0.0', HostPort: '3000' },
        { HostIp: '::', HostPort: '3000' },
      ],
      '53/udp': [{ HostIp: '127.0.0.1', HostPort: '5353' }],
      '80/tcp': null,
    });
    expect(Object.keys(s.state.Ports)).toEqual(['3000/tcp', '53/udp', '80/tcp']);
  });

  it('refuses a host port already allocated, with Docker’s message, changing nothing', () => {
    const first = start(freshSlice(), web(1, published({ '3000/tcp': [{ HostIp: '', HostPort: '3000' }] })));
    const second = web(2, published({ '3000/tcp': [{ HostIp: '', HostPort: '3000' }] }));
    const error = errorOf(() => start(first.slice, second));
    expect(error.message).toMatch(
      /^failed to set up container networking: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:3000 failed: port is already allocated$/,
    );
    expect(error.kind).toBe('Internal');
    const after = start(stopNetworking(first.slice, web(1)).slice, second);
    expect(after.state.Ports['3000/tcp']).toEqual([
      { HostIp: '0.0.0.0', HostPort: '3000' },
      { HostIp: '::', HostPort: '3000' },
    ]);
  });

  it('refuses to bind a specific address while the wildcard holds the port', () => {
    const first = start(freshSlice(), web(1, published({ '80/tcp': [{ HostIp: '', HostPort: '8080' }] })));
    expect(errorOf(() => start(first.slice, web(2, published({ '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }] })))).message).toMatch(
      /: failed to bind host port for 127\.0\.0\.1:8080:172\.17\.0\.3:80\/tcp: address already in use$/,
    );
  });

  it('publishes -P ports from 32768 up, continuing after the last one handed out', () => {
    let slice = freshSlice();
    const ports: string[] = [];
    for (const n of [1, 2, 3]) {
      const s = start(slice, web(n, { publish: { exposed: ['80/tcp'], bindings: {}, publishAll: true } }));
      slice = s.slice;
      ports.push(s.state.Ports['80/tcp']![0]!.HostPort);
      if (n === 1) slice = stopNetworking(slice, web(1)).slice;
    }
    expect(ports).toEqual(['32768', '32769', '32770']);
  });

  it('takes the first free port of a host range', () => {
    const a = start(freshSlice(), web(1, published({ '80/tcp': [{ HostIp: '', HostPort: '8000-8002' }] })));
    const b = start(a.slice, web(2, published({ '80/tcp': [{ HostIp: '', HostPort: '8000-8002' }] })));
    expect([a.state.Ports['80/tcp']![0]!.HostPort, b.state.Ports['80/tcp']![0]!.HostPort]).toEqual(['8000', '8001']);
  });
});

describe('user-defined networks', () => {
  it('register DNS names: name, aliases, short id, hostname', () => {
    const { slice } = create(freshSlice(), { Name: 'app' });
    const c = web(1, { networkMode: 'app', networks: { app: { ...emptySettings(), Aliases: ['db'] } } });
    const s = start(slice, c);
    expect(s.state.Networks['app']).toMatchObject({ IPAddress: '172.18.0.2', Gateway: '172.18.0.1', Aliases: ['db'], DNSNames: ['web1', 'db', cid(1).slice(0, 12)] });
    expect(s.slice.dnsRecords.get(`${findNetwork(slice, 'app').Id}/db`)).toEqual([{ containerId: cid(1), ip: '172.18.0.2' }]);
    expect(stopNetworking(s.slice, c).slice.dnsRecords.size).toBe(0);
  });

  it('give a static --ip only on a user subnet', () => {
    const { slice } = create(freshSlice(), { Name: 'fixed', IPAM: { Config: [{ Subnet: '10.7.0.0/24' }] } });
    const c = web(1, { networkMode: 'fixed', networks: { fixed: { ...emptySettings(), IPAMConfig: { IPv4Address: '10.7.0.50' } } } });
    const s = start(slice, c);
    expect(s.state.Networks['fixed']!.IPAddress).toBe('10.7.0.50');
    expect(errorOf(() => start(s.slice, web(2, { networkMode: 'fixed', networks: { fixed: { ...emptySettings(), IPAMConfig: { IPv4Address: '10.7.0.50' } } } })))).toEqual({
      kind: 'Forbidden',
      message: 'failed to set up container networking: Address already in use',
    });
    const auto = create(s.slice, { Name: 'auto' }).slice;
    expect(errorOf(() => start(auto, web(3, { networkMode: 'auto', networks: { auto: { ...emptySettings(), IPAMConfig: { IPv4Address: '172.18.0.9' } } } })))).toEqual({
      kind: 'InvalidParameter',
      message: 'failed to set up container networking: invalid endpoint settings:\nuser specified IP address is supported only when connecting to networks with user configured subnets',
    });
  });

  it('run out of addresses with Docker’s message', () => {
    const { slice, record } = create(freshSlice(), { Name: 'tiny', IPAM: { Config: [{ Subnet: '10.8.0.0/30' }] } });
    const one = start(slice, web(1, { networkMode: 'tiny' }));
    expect(one.state.Networks['tiny']!.IPAddress).toBe('10.8.0.2');
    expect(errorOf(() => start(one.slice, web(2, { networkMode: 'tiny' })))).toEqual({
      kind: 'Internal',
      message: `failed to set up container networking: no available IPv4 addresses on this network's address pools: tiny (${record.Id})`,
    });
  });

  it('block network rm while running containers are attached, not after they stop', () => {
    const { slice } = create(freshSlice(), { Name: 'app' });
    const c = web(1, { networkMode: 'app' });
    const s = start(slice, c);
    const ep = networkEndpoints(s.slice, findNetwork(slice, 'app').Id)[0]!;
    expect(errorOf(() => removeNetwork(s.slice, findNetwork(s.slice, 'app')))).toEqual({
      kind: 'Forbidden',
      message: `error while removing network: network app has active endpoints (name:"web1" id:"${ep.EndpointID.slice(0, 12)}")`,
    });
    const stopped = stopNetworking(s.slice, { id: c.id, networks: s.state.Networks });
    expect(stopped.state.Networks['app']).toMatchObject({ IPAddress: '', EndpointID: '', MacAddress: '', NetworkID: findNetwork(slice, 'app').Id });
    expect(() => removeNetwork(stopped.slice, findNetwork(stopped.slice, 'app'))).not.toThrow();
  });

  it('fail to start when the network is gone', () => {
    const { slice } = create(freshSlice(), { Name: 'gone' });
    expect(errorOf(() => start(removeNetwork(slice, findNetwork(slice, 'gone')), web(1, { networkMode: 'gone' })))).toEqual({
      kind: 'NotFound',
      message: 'failed to set up container networking: network gone not found',
    });
  });

  it('internal networks publish no ports', () => {
    const { slice } = create(freshSlice(), { Name: 'inside', Internal: true });
    const s = start(slice, web(1, { networkMode: 'inside', ...published({ '80/tcp': [{ HostIp: '', HostPort: '80' }] }) }));
    expect(s.state.Ports).toEqual({});
    expect(s.slice.portLeases.size).toBe(0);
  });
});

describe('host, none and container modes', () => {
  it('host mode joins the host network without an address', () => {
    const s = start(freshSlice(), web(1, { networkMode: 'host', ...published({ '80/tcp': [{ HostIp: '', HostPort: '80' }] }) }));
    expect(s.state.Networks['host']).toMatchObject({ IPAddress: '', MacAddress: '', Gateway: '' });
    expect(s.state.Ports).toEqual({});
    expect(networkEndpoints(s.slice, findNetwork(s.slice, 'host').Id).map((e) => e.Name)).toEqual(['web1']);
  });

  it('none mode has an endpoint on none', () => {
    const s = start(freshSlice(), web(1, { networkMode: 'none' }));
    expect(Object.keys(s.state.Networks)).toEqual(['none']);
  });

  it('container mode shares the other namespace and has no endpoints', () => {
    const s = startNetworking(freshSlice(), web(2, { networkMode: `container:${cid(1)}` }), entropy, { sharedWith: cid(1) });
    expect(s.state).toEqual({ Networks: {}, Ports: {}, SandboxID: '', SandboxKey: '' });
    expect(s.slice.sandboxes.get(cid(2))).toMatchObject({ mode: 'container', sharedWith: cid(1) });
  });
});

function emptySettings() {
  return { IPAMConfig: null, Links: null, Aliases: null, MacAddress: '', DriverOpts: null, GwPriority: 0, NetworkID: '', EndpointID: '', Gateway: '', IPAddress: '', IPPrefixLen: 0, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, DNSNames: null };
}

describe('network connect and disconnect', () => {
  const setup = () => {
    const { slice } = create(freshSlice(), { Name: 'app' });
    const c = web(1);
    const s = start(slice, c);
    const target: ConnectTarget = { ...c, networks: s.state.Networks, running: true, removing: false };
    return { slice: s.slice, target };
  };

  it('connects a running container at once, with a connect event', () => {
    const { slice, target } = setup();
    const r = connectContainer(slice, target, 'app', { Aliases: ['api'] }, entropy);
    expect(r.networks['app']).toMatchObject({ IPAddress: '172.18.0.2', Aliases: ['api'], DNSNames: ['web1', 'api', cid(1).slice(0, 12)] });
    expect(r.events.map((e) => e.Action)).toEqual(['connect']);
    expect(r.slice.sandboxes.get(cid(1))!.networks).toHaveLength(2);
  });

  it.each([
    ['app twice', (t: ConnectTarget, s: NetworkSlice) => connectContainer(connectContainer(s, t, 'app', null, entropy).slice, { ...t, networks: connectContainer(s, t, 'app', null, entropy).networks }, 'app', null, entropy), 'Forbidden', 'endpoint with name web1 already exists in network app'],
    ['a missing network', (t: ConnectTarget, s: NetworkSlice) => connectContainer(s, t, 'nosuch', null, entropy), 'NotFound', 'network nosuch not found'],
    ['the host network', (t: ConnectTarget, s: NetworkSlice) => connectContainer(s, t, 'host', null, entropy), 'InvalidParameter', 'cannot connect container to host network - container must be created in host network mode'],
    ['none beside bridge', (t: ConnectTarget, s: NetworkSlice) => connectContainer(s, t, 'none', null, entropy), 'InvalidParameter', 'container cannot be connected to multiple networks with one of the networks in private (none) mode'],
    ['an alias on the bridge', (t: ConnectTarget, s: NetworkSlice) => connectContainer(s, { ...t, networks: {} }, 'bridge', { Aliases: ['x'] }, entropy), 'InvalidParameter', 'invalid endpoint settings:\nnetwork-scoped alias is supported only for containers in user defined networks'],
    ['a static ip on the bridge', (t: ConnectTarget, s: NetworkSlice) => connectContainer(s, { ...t, networks: {} }, 'bridge', { IPAMConfig: { IPv4Address: '172.17.0.9' } }, entropy), 'InvalidParameter', 'invalid endpoint settings:\nuser specified IP address is supported on user defined networks only'],
    ['a bad MAC', (t: ConnectTarget, s: NetworkSlice) => connectContainer(s, t, 'app', { MacAddress: 'zz' }, entropy), 'InvalidParameter', 'invalid MAC address zz'],
    ['a container-mode container', (t: ConnectTarget, s: NetworkSlice) => connectContainer(s, { ...t, networkMode: 'container:abc' }, 'app', null, entropy), 'InvalidParameter', 'container sharing network namespace with another container or host cannot be connected to any other network'],
  ])('refuses %s', (_what, op, kind, message) => {
    const { slice, target } = setup();
    expect(errorOf(() => op(target, slice))).toEqual({ kind, message });
  });

  it('changes only the configuration of a stopped container, silently accepting duplicates and unknown networks', () => {
    const { slice } = setup();
    const stopped: ConnectTarget = { ...web(2), networks: { bridge: emptySettings() }, running: false, removing: false };
    const once = connectContainer(slice, stopped, 'app', null, entropy);
    expect(once.slice).toBe(slice);
    expect(Object.keys(once.networks)).toEqual(['bridge', 'app']);
    expect(once.networks['app']!.DNSNames).toEqual(['web2', cid(2).slice(0, 12)]);
    expect(connectContainer(slice, { ...stopped, networks: once.networks }, 'app', null, entropy).networks).toBe(once.networks);
    expect(Object.keys(connectContainer(slice, stopped, 'later', null, entropy).networks)).toEqual(['bridge', 'later']);
    expect(errorOf(() => connectContainer(slice, { ...stopped, removing: true }, 'app', null, entropy)).message).toBe(
      `Container ${cid(2)} is marked for removal and cannot be connected or disconnected to the network`,
    );
  });

  it('disconnects, releasing the address and the ports held on that network', () => {
    const { slice } = create(freshSlice(), { Name: 'app' });
    const c = web(1, published({ '80/tcp': [{ HostIp: '', HostPort: '80' }] }));
    const s = start(slice, c);
    const target: ConnectTarget = { ...c, networks: s.state.Networks, running: true, removing: false };
    const r = disconnectContainer(s.slice, target, 'bridge', false);
    expect(r.ports).toEqual({});
    expect(r.slice.portLeases.size).toBe(0);
    expect(Object.keys(r.networks)).toEqual([]);
    expect(r.events.map((e) => e.Action)).toEqual(['disconnect']);
    expect(errorOf(() => disconnectContainer(r.slice, { ...target, networks: r.networks }, 'app', false))).toEqual({
      kind: 'Internal',
      message: `container ${cid(1)} is not connected to network app`,
    });
    expect(errorOf(() => disconnectContainer(r.slice, { ...target, running: false, networks: {} }, 'app', false)).message).toBe(`container ${cid(1)} is not connected to the network app`);
    expect(errorOf(() => disconnectContainer(r.slice, { ...target, networkMode: 'host' }, 'host', false)).message).toBe(
      'cannot disconnect container from host network - container was created in host network mode',
    );
  });
});
