import { describe, expect, it } from 'vitest';
import { decodeRegistryAuth, encodeRegistryAuth } from '../../client/wire/registry-auth.js';
import { decodeFrames } from '../../client/wire/stdcopy.js';
import { parseTimestampedLine } from '../../client/http/log-entries.js';
import { formatTimestampFixed } from '../../core/time.js';
import { equipWorld } from '../../../test/helpers/container-world.js';
import { createWorld } from '../../world/world.js';
import { decodeCreateRequest } from '../create-body.js';
import { copyEscapable, parseDetachKeys } from '../detach-keys.js';
import { createEngineHandler } from '../handler.js';

const BASE = 'http://api.moby.localhost';

function handler() {
  const world = equipWorld(createWorld({ seed: 3 }), ['alpine']);
  const serve = createEngineHandler(world);
  const call = async (method: string, path: string, init: { body?: string | Uint8Array; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (typeof init.body === 'string') headers['Content-Type'] ??= 'application/json';
    const response = await serve(new Request(`${BASE}${path}`, { method, headers, ...(init.body !== undefined ? { body: init.body as BodyInit } : {}) }));
    return { status: response.status, type: response.headers.get('Content-Type'), headers: response.headers, text: await response.text() };
  };
  return { world, call };
}

describe('the create body, decoded as Go decodes container.CreateRequest', () => {
  it.each([
    [undefined, 'config cannot be empty in order to create a container'],
    [{}, 'config cannot be empty in order to create a container'],
    [{ HostConfig: {} }, 'config cannot be empty in order to create a container'],
    ['alpine', 'invalid JSON: json: cannot unmarshal string into Go value of type container.CreateRequest'],
    [{ Image: 5 }, 'invalid JSON: json: cannot unmarshal number into Go struct field CreateRequest.Image of type string'],
    [{ Image: 'a', Env: ['A=1', 2] }, 'invalid JSON: json: cannot unmarshal number into Go struct field CreateRequest.Env of type string'],
    [{ Image: 'a', Tty: 'yes' }, 'invalid JSON: json: cannot unmarshal string into Go struct field CreateRequest.Tty of type bool'],
    [{ Image: 'a', HostConfig: { Memory: 1.5 } }, 'invalid JSON: json: cannot unmarshal number into Go struct field CreateRequest.HostConfig.Memory of type int64'],
  ])('%j → %s', (body, message) => {
    expect(() => decodeCreateRequest(body)).toThrow(message);
  });

  it('matches field names case-insensitively, reads a string Cmd as a list, keeps unknown fields', () => {
    expect(decodeCreateRequest({ image: 'alpine', cmd: 'echo hi', name: 'ignored', HostConfig: { autoremove: true } })).toEqual({
      Image: 'alpine',
      Cmd: ['echo hi'],
      name: 'ignored',
      HostConfig: { AutoRemove: true },
    });
  });
});

describe('detach keys', () => {
  it.each([
    ['', [16, 17]],
    ['ctrl-a,x', [1, 120]],
    ['ctrl-@,ctrl-_,DEL', [0, 31, 127]],
  ])('%j → %j', (text, codes) => expect(parseDetachKeys(text)).toEqual(codes));

  it('refuses an unknown key with the daemon\'s message', () => {
    expect(() => parseDetachKeys('ctrl-1')).toThrow('Invalid detach keys (ctrl-1) provided');
  });

  it('passes input through, holds back a partial sequence, and stops at a full one', async () => {
    async function* input(...chunks: number[][]) {
      for (const chunk of chunks) yield Uint8Array.from(chunk);
    }
    const seen: number[] = [];
    expect(await copyEscapable(input([65, 16], [66, 16], [17, 67]), [16, 17], (b) => seen.push(...b))).toBe(true);
    expect(seen).toEqual([65, 16, 66]);
    seen.length = 0;
    expect(await copyEscapable(input([16], [16, 65]), [16, 17], (b) => seen.push(...b))).toBe(false);
    expect(seen).toEqual([16, 16, 65]);
  });
});

describe('credentials and timestamps on the wire', () => {
  it('X-Registry-Auth is base64url JSON; an empty or broken header is anonymous', () => {
    const auth = { username: 'me?>', password: 'p~~~', serveraddress: 'localhost:5000' };
    const header = encodeRegistryAuth(auth);
    expect(header).not.toMatch(/[+/]/);
    expect(decodeRegistryAuth(header)).toEqual(auth);
    expect(encodeRegistryAuth(undefined)).toBe('e30=');
    expect(decodeRegistryAuth('e30=')).toBeUndefined();
    expect(decodeRegistryAuth('%%%')).toBeUndefined();
    expect(decodeRegistryAuth(null)).toBeUndefined();
  });

  it('log lines carry RFC3339NanoFixed times that read back to the millisecond', () => {
    const ms = Date.UTC(2025, 0, 1, 12, 30, 5, 7);
    expect(formatTimestampFixed(ms)).toBe('2025-01-01T12:30:05.007000000Z');
    expect(parseTimestampedLine(`${formatTimestampFixed(ms)} hello world\n`)).toEqual({ time: ms, line: 'hello world\n' });
  });
});

describe('the container routes on the wire', () => {
  it.each([
    ['GET', '/v1.50/containers/nope/logs?stdout=0', 400, 'Bad parameters: you must choose at least one stream'],
    ['GET', '/v1.50/containers/nope/logs?stdout=1', 404, 'No such container: nope'],
    ['GET', '/v1.50/containers/json?limit=x', 500, 'strconv.Atoi: parsing "x": invalid syntax'],
    ['POST', '/v1.50/containers/nope/stop?t=soon', 500, 'strconv.Atoi: parsing "soon": invalid syntax'],
    ['POST', '/v1.50/containers/nope/resize?h=-1', 400, 'invalid resize height "-1": strconv.ParseUint: parsing "-1": invalid syntax'],
    ['HEAD', '/v1.50/containers/nope/archive', 400, ''],
    ['GET', '/v1.50/containers/nope/archive', 400, 'bad parameter: pathcannot be empty'],
    ['POST', '/v1.50/containers/nope/wait?condition=soon', 400, 'invalid condition: "soon"'],
    ['GET', '/v1.50/containers/nope/stats?stream=1&one-shot=1', 400, 'cannot have stream=true and one-shot=true'],
    ['GET', '/v1.50/containers/nope/attach/ws', 501, 'Attaching over a WebSocket (use POST /containers/{id}/attach) is not supported by dockersim'],
    ['POST', '/v1.50/images/create?fromSrc=http://example.com/rootfs.tar', 501, 'Importing an image from a URL is not supported by dockersim'],
  ])('%s %s → %i %s', async (method, path, status, message) => {
    const { call } = handler();
    const answer = await call(method, path);
    expect(answer.status).toBe(status);
    expect(answer.text).toBe(message === '' ? '' : `${JSON.stringify({ message })}\n`);
  });

  it('refuses a start body (API ≥ 1.24) and answers 204; a second start is a bodiless 304', async () => {
    const { call } = handler();
    const created = JSON.parse((await call('POST', '/v1.50/containers/create?name=svc', { body: JSON.stringify({ Image: 'alpine', Cmd: ['sleep', '60'] }) })).text) as { Id: string };
    expect((await call('POST', '/v1.50/containers/svc/start', { body: JSON.stringify({ Binds: ['/a:/b'] }) })).text).toContain('starting container with non-empty request body');
    expect((await call('POST', '/v1.50/containers/svc/start')).status).toBe(204);
    expect(await call('POST', '/v1.50/containers/svc/start')).toMatchObject({ status: 304, text: '' });
    const stat = await call('HEAD', `/v1.50/containers/${created.Id}/archive?path=/etc`);
    expect(stat.text).toBe('');
    expect(JSON.parse(atob(stat.headers.get('X-Docker-Container-Path-Stat')!))).toMatchObject({ name: 'etc', mode: 2147484141 });
  });

  it('frames logs per line without a TTY (raw below API 1.42) and prefixes fixed-width times', async () => {
    const { world, call } = handler();
    await call('POST', '/containers/create?name=job', { body: JSON.stringify({ Image: 'alpine', Cmd: ['sh', '-c', 'echo a; echo b >&2'] }) });
    await call('POST', '/containers/job/start');
    await world.clock.hold(world.clock.sleep(10));
    const current = await call('GET', '/v1.50/containers/job/logs?stdout=1&stderr=1&timestamps=1');
    expect(current.type).toBe('application/vnd.docker.multiplexed-stream');
    const frames = decodeFrames(new TextEncoder().encode(current.text));
    expect(frames.map((f) => [f.stream, new TextDecoder().decode(f.payload).replace(/^\S+ /, '')])).toEqual([
      [1, 'a\n'],
      [2, 'b\n'],
    ]);
    expect(new TextDecoder().decode(frames[0]!.payload)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z a\n$/);
    expect((await call('GET', '/v1.41/containers/job/logs?stdout=1')).type).toBe('application/vnd.docker.raw-stream');
    // Below 1.42 an unknown wait condition is `not-running`.
    expect((await call('POST', '/v1.41/containers/job/wait?condition=soon')).text).toBe('{"StatusCode":0,"Error":null}\n');
  });

  it('refuses an archive or an image tarball over the body limit with a 413', async () => {
    const world = equipWorld(createWorld({ seed: 3 }), ['alpine']);
    const serve = createEngineHandler(world, { limits: { archive: 1024 } });
    for (const path of ['/v1.50/containers/x/archive?path=/tmp', '/v1.50/images/load', '/v1.50/images/create?fromSrc=-']) {
      const response = await serve(new Request(`${BASE}${path}`, { method: path.includes('archive') ? 'PUT' : 'POST', body: new Uint8Array(4096) }));
      expect([response.status, await response.json()]).toEqual([413, { message: 'request body is larger than the limit of 1KiB' }]);
    }
  });

  it('answers a failed load inside a 200 stream, as the daemon does', async () => {
    const { call } = handler();
    const answer = await call('POST', '/v1.50/images/load', { body: new Uint8Array(1024), headers: { 'Content-Type': 'application/x-tar' } });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(
      '{"errorDetail":{"message":"open /var/lib/docker/tmp/docker-import-0000000000/repositories: no such file or directory"},"error":"open /var/lib/docker/tmp/docker-import-0000000000/repositories: no such file or directory"}\r\n',
    );
  });
});
