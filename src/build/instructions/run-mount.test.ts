import { describe, expect, it } from 'vitest';
import { csvFields, parseMount, ramInBytes } from './run-mount.js';

const id = (w: string) => w;

describe('RUN --mount options', () => {
  it.each([
    ['target=/src', { type: 'bind', target: '/src', readOnly: true }],
    ['type=bind,source=.,target=/src,rw', { type: 'bind', source: '.', readOnly: false }],
    ['type=cache,target=/root/.npm,id=npm,sharing=locked', { type: 'cache', cacheId: 'npm', cacheSharing: 'locked', readOnly: false }],
    ['type=tmpfs,target=/tmp,size=64m', { type: 'tmpfs', sizeLimit: 64 * 1024 * 1024, readOnly: false }],
    ['type=secret,id=token,env=TOKEN,required', { type: 'secret', cacheId: 'token', env: 'TOKEN', required: true, readOnly: true }],
    ['type=ssh,mode=0600,uid=1000,gid=1000', { type: 'ssh', mode: 0o600, uid: 1000, gid: 1000 }],
    ['TYPE=CACHE,Target=/x,ro=true', { type: 'cache', target: '/x', readOnly: true }],
    ['type=bind,"source=a,b",target=/x', { source: 'a,b' }],
  ])('%s', (spec, expected) => {
    expect(parseMount(spec, id)).toMatchObject(expected);
  });

  it.each([
    ['type=nfs', 'unsupported mount type "nfs"'],
    ['type=cahce', 'unsupported mount type "cahce" (did you mean cache?)'],
    ['type=cache,sharing=all', 'unsupported sharing value "all"'],
    ['type=bind,sharing=shared', 'invalid cache sharing set for bind mount'],
    ['type=bind,required', "unexpected key 'required' for mount type 'bind'"],
    ['type=bind,size=1m', "unexpected key 'size' for mount type 'bind'"],
    ['type=tmpfs,size=lots', 'invalid value for size: lots'],
    ['type=bind,mode=0644', 'mode not allowed for "bind" type mounts'],
    ['type=cache,mode=9', 'invalid value 9 for mode'],
    ['type=secret', 'invalid secret mount. one of source, target required'],
    ['type=secret,id=a,source=b', "both source and id can't be set"],
    ['type=secret,from=x,id=a', 'secret mount should not have a from'],
    ['type=bind,targt=/x', "unexpected key 'targt' in 'targt=/x' (did you mean target?)"],
    ['type=bind,nonsense', "invalid field 'nonsense' must be a key=value pair"],
    ['type=bind,ro=maybe', 'invalid value for ro: maybe'],
  ])('%s fails with %s', (spec, message) => {
    expect(() => parseMount(spec, id)).toThrow(message);
  });

  it('checks only from= before substitution', () => {
    expect(parseMount('type=$T,from=base,target=$X')).toMatchObject({ type: 'bind', from: 'base', target: '' });
    expect(() => parseMount('from=$STAGE')).toThrow("'from' doesn't support variable expansion");
    expect(parseMount('from=stage$')).toMatchObject({ from: 'stage$' });
  });

  it('splits CSV like go-csvvalue', () => {
    expect(csvFields('a,"b,c","d""e",')).toEqual(['a', 'b,c', 'd"e', '']);
    expect(() => csvFields('')).toThrow('failed to parse csv mounts: EOF');
  });

  it('reads sizes like go-units RAMInBytes', () => {
    expect(ramInBytes('100')).toBe(100);
    expect(ramInBytes('1k')).toBe(1024);
    expect(ramInBytes('1.5GiB')).toBe(1.5 * 1024 ** 3);
    expect(ramInBytes('1 mb')).toBe(1024 ** 2);
    expect(ramInBytes('x')).toBeUndefined();
  });
});
