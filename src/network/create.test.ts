import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/helpers/errors.js';
import { create, freshSlice, testEntropy } from '../../test/helpers/network.js';
import { listNetworks } from './list.js';
import { findNetwork } from './lookup.js';
import { pruneNetworks } from './prune.js';
import { removeNetwork } from './remove.js';
import type { NetworkSlice } from './state.js';

function subnetOf(slice: NetworkSlice, name: string): string {
  return findNetwork(slice, name).IPAM.Config![0]!.Subnet!;
}

describe('predefined networks', () => {
  it('has bridge, host and none with Docker’s drivers and the default bridge on 172.17.0.0/16', () => {
    const slice = freshSlice();
    expect(listNetworks(slice).map((n) => [n.Name, n.Driver, n.Scope])).toEqual([
      ['bridge', 'bridge', 'local'],
      ['host', 'host', 'local'],
      ['none', 'null', 'local'],
    ]);
    const bridge = findNetwork(slice, 'bridge');
    expect(bridge.IPAM).toEqual({ Driver: 'default', Options: null, Config: [{ Subnet: '172.17.0.0/16', Gateway: '172.17.0.1' }] });
    expect(bridge.Options['com.docker.network.bridge.name']).toBe('docker0');
    expect(findNetwork(slice, 'host').IPAM.Config).toBeNull();
  });

  it.each([
    ['bridge', 'operation is not permitted on predefined bridge network '],
    ['host', 'operation is not permitted on predefined host network '],
    ['none', 'operation is not permitted on predefined none network '],
    ['default', 'operation is not permitted on predefined default network '],
  ])('refuses to create %s', (name, message) => {
    expect(errorOf(() => create(freshSlice(), { Name: name }))).toEqual({ kind: 'Forbidden', message });
  });

  it.each(['bridge', 'host', 'none'])('refuses to remove %s', (name) => {
    const slice = freshSlice();
    expect(errorOf(() => removeNetwork(slice, findNetwork(slice, name)))).toEqual({ kind: 'Forbidden', message: `${name} is a pre-defined network and cannot be removed` });
  });
});

describe('network create: subnets from the default pools', () => {
  it('hands out 172.18–172.31 as /16s, then 192.168.0.0/16 in /20s, then fails', () => {
    let slice = freshSlice();
    const subnets: string[] = [];
    for (let i = 0; i < 30; i++) {
      slice = create(slice, { Name: `n${i}` }).slice;
      subnets.push(subnetOf(slice, `n${i}`));
    }
    expect(subnets.slice(0, 14)).toEqual(Array.from({ length: 14 }, (_, i) => `172.${18 + i}.0.0/16`));
    expect(subnets.slice(14)).toEqual(Array.from({ length: 16 }, (_, i) => `192.168.${i * 16}.0/20`));
    expect(findNetwork(slice, 'n0').IPAM.Config).toEqual([{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }]);
    expect(errorOf(() => create(slice, { Name: 'one-too-many' }))).toEqual({ kind: 'InvalidParameter', message: 'all predefined address pools have been fully subnetted' });
  });

  it('reuses a freed subnet (first fit)', () => {
    let slice = freshSlice();
    for (const name of ['a', 'b', 'c']) slice = create(slice, { Name: name }).slice;
    slice = removeNetwork(slice, findNetwork(slice, 'b'));
    slice = create(slice, { Name: 'd' }).slice;
    expect(subnetOf(slice, 'd')).toBe('172.19.0.0/16');
  });

  it('skips subnets a custom network overlaps', () => {
    let slice = create(freshSlice(), { Name: 'custom', IPAM: { Config: [{ Subnet: '172.18.5.0/24' }] } }).slice;
    slice = create(slice, { Name: 'auto' }).slice;
    expect(subnetOf(slice, 'auto')).toBe('172.19.0.0/16');
  });
});

describe('network create: custom IPAM', () => {
  it('keeps the user’s config as given (no gateway shown when none was asked)', () => {
    const { record, slice } = create(freshSlice(), { Name: 'x', IPAM: { Driver: 'default', Options: {}, Config: [{ Subnet: '10.5.0.0/16' }] }, Labels: { a: 'b' }, Internal: true });
    expect(record.IPAM).toEqual({ Driver: 'default', Options: {}, Config: [{ Subnet: '10.5.0.0/16' }] });
    expect(record.internal.pools).toEqual([{ subnet: '10.5.0.0/16', gateway: '10.5.0.1', static: true }]);
    expect(record.Internal).toBe(true);
    expect(record.Labels).toEqual({ a: 'b' });
    expect(errorOf(() => create(slice, { Name: 'y', IPAM: { Config: [{ Subnet: '10.5.128.0/17' }] } }))).toEqual({
      kind: 'Forbidden',
      message: 'invalid pool request: Pool overlaps with other one on this address space',
    });
  });

  it('takes the gateway from the ip-range when none is given', () => {
    const { record } = create(freshSlice(), { Name: 'x', IPAM: { Config: [{ Subnet: '172.20.0.0/16', IPRange: '172.20.240.0/20' }] } });
    expect(record.internal.pools[0]).toEqual({ subnet: '172.20.0.0/16', range: '172.20.240.0/20', gateway: '172.20.240.0', static: true });
  });

  it('uses the given gateway', () => {
    const { record } = create(freshSlice(), { Name: 'x', IPAM: { Config: [{ Subnet: '10.9.0.0/24', Gateway: '10.9.0.254' }] } });
    expect(record.internal.pools[0]!.gateway).toBe('10.9.0.254');
    expect(record.IPAM.Config).toEqual([{ Subnet: '10.9.0.0/24', Gateway: '10.9.0.254' }]);
  });

  it.each([
    [{ Subnet: 'nope' }, 'invalid network config:\ninvalid subnet nope: invalid CIDR block notation'],
    [{ Subnet: '10.1.2.3/16' }, 'invalid network config:\ninvalid subnet 10.1.2.3/16: it should be 10.1.0.0/16'],
    [{ Subnet: '10.1.0.0/16', Gateway: '10.2.0.1' }, "invalid network config:\ninvalid gateway 10.2.0.1: parent subnet 10.1.0.0/16 doesn't contain this address"],
    [{ Subnet: '10.1.0.0/16', Gateway: 'x' }, 'invalid network config:\ninvalid gateway x: invalid address'],
    [{ Subnet: '10.1.0.0/16', IPRange: '10.0.0.0/8' }, "invalid network config:\n* invalid ip-range 10.0.0.0/8: CIDR block is bigger than its parent subnet 10.1.0.0/16"],
    [{ Subnet: '10.1.0.0/16', IPRange: '10.2.0.0/24' }, "invalid network config:\ninvalid ip-range 10.2.0.0/24: parent subnet 10.1.0.0/16 doesn't contain ip-range"],
    [{ Subnet: '10.1.0.0/16', IPRange: '10.1.0.1/24' }, 'invalid network config:\ninvalid ip-range 10.1.0.1/24: it should be 10.1.0.0/24'],
  ])('rejects %j', (cfg, message) => {
    const expected = message.includes('* ') ? message.replace('* ', '') : message;
    expect(errorOf(() => create(freshSlice(), { Name: 'x', IPAM: { Config: [cfg] } }))).toEqual({ kind: 'InvalidParameter', message: expected });
  });

  it('joins several IPAM errors as moby’s multierror does', () => {
    expect(errorOf(() => create(freshSlice(), { Name: 'x', IPAM: { Config: [{ Subnet: '10.1.2.3/16', Gateway: '11.0.0.1' }] } })).message).toBe(
      "invalid network config:\n* invalid subnet 10.1.2.3/16: it should be 10.1.0.0/16\n* invalid gateway 11.0.0.1: parent subnet 10.1.0.0/16 doesn't contain this address",
    );
  });
});

describe('network create: names and drivers', () => {
  it.each([
    [{ Name: 'web' }, 'Conflict', 'network with name web already exists'],
    [{ Name: '' }, 'InvalidParameter', 'invalid name: name is empty'],
    [{ Name: 'x', Driver: 'nosuch' }, 'NotFound', 'plugin "nosuch" not found'],
    [{ Name: 'x', Driver: 'host' }, 'Forbidden', 'only one instance of "host" network is allowed'],
    [{ Name: 'x', Driver: 'null' }, 'Forbidden', 'only one instance of "null" network is allowed'],
    [{ Name: 'x', Labels: { a: 1 } as never }, 'InvalidParameter', 'invalid JSON: wrong type for field Labels'],
    [{ Name: 'x', IPAM: { Config: 'nope' as never } }, 'InvalidParameter', 'invalid JSON: wrong type for field IPAM.Config'],
    [{ Name: 'x', Scope: 'swarm' }, 'Forbidden', 'cannot create a swarm scoped network when swarm is not active'],
    [{ Name: 'x', Ingress: true }, 'Forbidden', 'Ingress network can only be global scope network'],
    [{ Name: 'x', Driver: 'overlay' }, 'Forbidden', 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.'],
  ])('%j → %s %s', (req, kind, message) => {
    const slice = create(freshSlice(), { Name: 'web' }).slice;
    expect(errorOf(() => create(slice, req))).toEqual({ kind, message });
  });

  it('leaves state untouched when it fails', () => {
    const slice = create(freshSlice(), { Name: 'web' }).slice;
    const before = slice.ipPools;
    expect(() => create(slice, { Name: 'web' })).toThrow();
    expect(slice.ipPools).toBe(before);
  });
});

describe('network lookup', () => {
  it('finds by id, name, then unique id prefix', () => {
    const { slice, record } = create(freshSlice(), { Name: 'web' });
    expect(findNetwork(slice, record.Id).Name).toBe('web');
    expect(findNetwork(slice, 'web').Id).toBe(record.Id);
    expect(findNetwork(slice, record.Id.slice(0, 6)).Name).toBe('web');
    expect(errorOf(() => findNetwork(slice, 'nosuch'))).toEqual({ kind: 'NotFound', message: 'network nosuch not found' });
    expect(errorOf(() => findNetwork(slice, '')).message).toMatch(/^network {2}is ambiguous \(4 matches found based on ID prefix\)$/);
  });
});

describe('network ls filters and prune', () => {
  const base = () => {
    let slice = create(freshSlice(), { Name: 'front', Labels: { tier: 'web' } }, testEntropy(5)).slice;
    slice = create(slice, { Name: 'back', Labels: { tier: 'db', keep: 'yes' } }, testEntropy(6)).slice;
    return slice;
  };

  it.each([
    [{ driver: ['bridge'] }, ['bridge', 'front', 'back']],
    [{ name: ['^b'] }, ['bridge', 'back']],
    [{ label: ['tier'] }, ['front', 'back']],
    [{ label: ['tier=db'] }, ['back']],
    [{ type: ['builtin'] }, ['bridge', 'host', 'none']],
    [{ type: ['custom'] }, ['front', 'back']],
    [{ dangling: ['true'] }, ['front', 'back']],
    [{ dangling: ['false'] }, ['bridge', 'host', 'none']],
    [{ scope: ['local'] }, ['bridge', 'host', 'none', 'front', 'back']],
  ])('%j', (filters, names) => {
    expect(listNetworks(base(), filters).map((n) => n.Name)).toEqual(names);
  });

  it.each([
    [{ nosuch: ['x'] }, "invalid filter 'nosuch'"],
    [{ dangling: ['maybe'] }, `invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")`],
    [{ dangling: ['true', 'false'] }, 'got more than one value for filter key "dangling"'],
    [{ type: ['other'] }, "invalid filter: 'type'='other'"],
  ])('rejects %j', (filters, message) => {
    expect(errorOf(() => listNetworks(base(), filters)).message).toBe(message);
  });

  it('lists without endpoints', () => {
    expect(listNetworks(base()).every((n) => Object.keys(n.Containers).length === 0)).toBe(true);
  });

  it('prunes unused custom networks matching label filters', () => {
    const slice = base();
    const all = pruneNetworks(slice, {}, Date.UTC(2025, 0, 1));
    expect(all.removed.map((n) => n.Name)).toEqual(['front', 'back']);
    expect(listNetworks(all.slice).map((n) => n.Name)).toEqual(['bridge', 'host', 'none']);
    expect(all.slice.ipPools.size).toBe(1);
    expect(pruneNetworks(slice, { 'label!': ['keep'] }, 0).removed.map((n) => n.Name)).toEqual(['front']);
    expect(pruneNetworks(slice, { label: ['tier=web'] }, 0).removed.map((n) => n.Name)).toEqual(['front']);
    expect(pruneNetworks(slice, { until: ['1h'] }, Date.UTC(2025, 0, 1)).removed).toEqual([]);
    expect(errorOf(() => pruneNetworks(slice, { driver: ['bridge'] }, 0)).message).toBe("invalid filter 'driver'");
  });
});
