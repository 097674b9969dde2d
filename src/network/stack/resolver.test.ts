import { describe, expect, it } from 'vitest';
import { cid, container, create, freshSlice, testEntropy } from '../../../test/helpers/network.js';
import { NetError } from '../../programs/types.js';
import { startNetworking } from '../sandbox.js';
import { resolveName } from './resolver.js';

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof NetError) return `${err.code} ${err.message}`;
    throw err;
  }
  return 'resolved';
}

describe('name resolution', () => {
  const entropy = testEntropy(4);
  let slice = create(freshSlice(entropy), { Name: 'App' }).slice;
  const a = startNetworking(slice, container(cid(1), 'web', { networkMode: 'App', extraHosts: ['db.example:10.0.0.5'] }), entropy);
  slice = a.slice;
  const b = startNetworking(slice, container(cid(2), 'Worker', { networkMode: 'App' }), entropy);
  slice = b.slice;
  const web = slice.sandboxes.get(cid(1))!;

  it.each([
    ['localhost', ['127.0.0.1']],
    ['172.18.0.9', ['172.18.0.9']],
    ['db.example', ['10.0.0.5']],
    [cid(1).slice(0, 12), ['172.18.0.2']],
    ['worker', ['172.18.0.3']],
    ['WORKER.app', ['172.18.0.3']],
    ['worker.', ['172.18.0.3']],
  ])('%s → %j', (name, ips) => {
    expect(resolveName(slice, web, name)).toEqual(ips);
  });

  it('knows no container names from the host, and nothing unknown', () => {
    expect(code(() => resolveName(slice, undefined, 'worker'))).toBe('ENOTFOUND getaddrinfo ENOTFOUND worker');
    expect(code(() => resolveName(slice, web, 'example.com'))).toBe('ENOTFOUND getaddrinfo ENOTFOUND example.com');
  });
});
