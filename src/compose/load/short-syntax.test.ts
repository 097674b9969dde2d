import { describe, expect, it } from 'vitest';
import { parsePortSpec } from './port-spec.js';
import { parseVolumeSpec, volumeSpecToDict } from './volume-spec.js';

describe('short port syntax (types.ParsePortConfig)', () => {
  const p = (target: number, extra: Record<string, unknown> = {}) => ({ mode: 'ingress', ...extra, target, protocol: 'tcp' });
  it.each([
    ['80', [p(80)]],
    ['8080:80', [{ mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' }]],
    ['127.0.0.1:3000:3000', [{ mode: 'ingress', host_ip: '127.0.0.1', target: 3000, published: '3000', protocol: 'tcp' }]],
    ['[::1]:5000:5000', [{ mode: 'ingress', host_ip: '::1', target: 5000, published: '5000', protocol: 'tcp' }]],
    ['53:53/udp', [{ mode: 'ingress', target: 53, published: '53', protocol: 'udp' }]],
    ['3000-3001', [p(3000), p(3001)]],
    [
      '9090-9091:8080-8081',
      [
        { mode: 'ingress', target: 8080, published: '9090', protocol: 'tcp' },
        { mode: 'ingress', target: 8081, published: '9091', protocol: 'tcp' },
      ],
    ],
    ['8000-8010:80', [{ mode: 'ingress', target: 80, published: '8000-8010', protocol: 'tcp' }]],
    ['127.0.0.1::80', [{ mode: 'ingress', host_ip: '127.0.0.1', target: 80, protocol: 'tcp' }]],
    // sorted by "port/proto" text, as compose-go does
    ['99-100', [p(100), p(99)]],
  ])('%s', (spec, expected) => {
    expect(parsePortSpec(spec)).toEqual(expected);
  });

  it.each([
    ['abc', 'Invalid containerPort: abc'],
    ['80:abc', 'Invalid containerPort: abc'],
    ['abc:80', 'Invalid hostPort: abc'],
    ['1.2.3:80:80', 'Invalid ip address: 1.2.3'],
    ['80:', 'No port specified: 80:<empty>'],
    ['80/xyz', 'Invalid proto: xyz'],
    ['8000-8001:80-82', 'Invalid ranges specified for container and host Ports: 80-82 and 8000-8001'],
    ['70000', 'Invalid containerPort: 70000'],
  ])('%s fails with %j', (spec, message) => {
    expect(() => parsePortSpec(spec)).toThrow(message);
  });
});

describe('short volume syntax (format.ParseVolume)', () => {
  it.each([
    ['./:/app', { type: 'bind', source: './', target: '/app', bind: { create_host_path: true } }],
    ['todo-mysql-data:/var/lib/mysql', { type: 'volume', source: 'todo-mysql-data', target: '/var/lib/mysql', volume: {} }],
    ['/cache', { type: 'volume', target: '/cache', volume: {} }],
    ['/host:/container:ro', { type: 'bind', source: '/host', target: '/container', read_only: true, bind: { create_host_path: true } }],
    ['~/conf:/etc/conf:rw,z', { type: 'bind', source: '~/conf', target: '/etc/conf', bind: { selinux: 'z', create_host_path: true } }],
    ['data:/data:nocopy', { type: 'volume', source: 'data', target: '/data', volume: { nocopy: true } }],
    ['./src:/src:cached,rshared', { type: 'bind', source: './src', target: '/src', bind: { propagation: 'rshared', create_host_path: true } }],
    ['${DATA_DIR:-./data}:/data', { type: 'volume', source: '${DATA_DIR:-./data}', target: '/data', volume: {} }],
    ['C:\\data:/data', { type: 'bind', source: 'C:\\data', target: '/data', bind: { create_host_path: true } }],
    ['/a', { type: 'volume', target: '/a' }],
  ])('%s', (spec, expected) => {
    expect(volumeSpecToDict(parseVolumeSpec(spec))).toEqual(expected);
  });

  it.each([
    ['', 'invalid empty volume spec'],
    ['/a::/b', 'invalid spec: /a::/b: empty section between colons'],
    ['ab:/b:ro:x', 'invalid spec: ab:/b:ro:x: too many colons'],
  ])('%j fails with %j', (spec, message) => {
    expect(() => parseVolumeSpec(spec)).toThrow(message);
  });
});
