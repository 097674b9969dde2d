import { describe, expect, it } from 'vitest';
import { createWorld } from '../../world/world.js';
import { createEngineHandler } from '../handler.js';

function setup() {
  const world = createWorld({ seed: 9 });
  const ctx = world.host().daemon.ctx;
  const handler = createEngineHandler(world);
  const get = (path: string) => handler(new Request(`http://x${path}`));
  return { world, ctx, get, t0: world.clock.now() / 1000 };
}

const lines = async (response: Response) => (await response.text()).split('\n').filter(Boolean);

describe('GET /events', () => {
  it('streams JSON lines with the legacy status/id/from of container events, HTML-escaped as Go does', async () => {
    const { ctx, get, t0 } = setup();
    ctx.commit(() => {}, [
      { Type: 'container', Action: 'create', id: 'c1', attributes: { image: 'alpine', name: 'a<b>&c' } },
      { Type: 'image', Action: 'tag', id: 'sha256:1', attributes: { name: 'x:1' } },
      { Type: 'network', Action: 'connect', id: 'n1', attributes: { container: 'c1', name: 'bridge', type: 'bridge' } },
    ]);
    const response = await get(`/v1.50/events?since=${t0 - 1}&until=${t0}`);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.has('Content-Length')).toBe(false);
    expect(await lines(response)).toEqual([
      `{"status":"create","id":"c1","from":"alpine","Type":"container","Action":"create","Actor":{"ID":"c1","Attributes":{"image":"alpine","name":"a\\u003cb\\u003e\\u0026c"}},"scope":"local","time":${t0},"timeNano":${t0}000000000}`,
      `{"status":"tag","id":"sha256:1","Type":"image","Action":"tag","Actor":{"ID":"sha256:1","Attributes":{"name":"x:1"}},"scope":"local","time":${t0},"timeNano":${t0}000000000}`,
      `{"Type":"network","Action":"connect","Actor":{"ID":"n1","Attributes":{"container":"c1","name":"bridge","type":"bridge"}},"scope":"local","time":${t0},"timeNano":${t0}000000000}`,
    ]);
  });

  it('applies filters and hides image create events from clients older than API 1.46', async () => {
    const { ctx, get, t0 } = setup();
    ctx.commit(() => {}, [
      { Type: 'image', Action: 'create', id: 'sha256:2', attributes: { name: 'y:1' } },
      { Type: 'container', Action: 'start', id: 'c2', attributes: { image: 'y:1', name: 'web' } },
    ]);
    const window = `since=${t0}&until=${t0}`;
    expect((await lines(await get(`/v1.50/events?${window}`))).length).toBe(2);
    expect((await lines(await get(`/v1.45/events?${window}`))).map((l) => JSON.parse(l).Action)).toEqual(['start']);
    const filters = encodeURIComponent('{"type":{"container":true}}');
    expect((await lines(await get(`/events?${window}&filters=${filters}`))).map((l) => JSON.parse(l).Type)).toEqual(['container']);
    const legacy = encodeURIComponent('{"type":["image"]}');
    expect((await lines(await get(`/events?${window}&filters=${legacy}`))).map((l) => JSON.parse(l).Type)).toEqual(['image']);
  });

  it('sends live events as they happen and ends at until', async () => {
    const { world, ctx, get, t0 } = setup();
    const response = await get(`/events?until=${t0 + 10}`);
    const reader = response.body!.getReader();
    const first = reader.read();
    await world.clock.hold(world.clock.sleep(3000));
    ctx.commit(() => {}, [{ Type: 'volume', Action: 'create', id: 'v1', attributes: { driver: 'local' } }]);
    const chunk = await world.clock.hold(first);
    expect(JSON.parse(new TextDecoder().decode(chunk.value)).Actor.ID).toBe('v1');
    expect((await world.clock.hold(reader.read())).done).toBe(true);
    expect(world.clock.now() / 1000 - t0).toBe(10);
  });

  it.each([
    ['since=5&until=4', 400, '{"message":"`since` time (5) cannot be after `until` time (4)"}\n'],
    ['since=abc', 500, '{"message":"strconv.ParseInt: parsing \\"abc\\": invalid syntax"}\n'],
    ['filters=nope', 400, '{"message":"invalid filter"}\n'],
    ['since=-1&until=0', 200, ''],
  ])('GET /events?%s → %i', async (query, status, body) => {
    const { get } = setup();
    const response = await get(`/events?${query}`);
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(body);
  });

  it('ends the stream when the client goes away (request aborted)', async () => {
    const { world } = setup();
    const handler = createEngineHandler(world);
    const gone = new AbortController();
    const response = await handler(new Request('http://x/events', { signal: gone.signal }));
    const reader = response.body!.getReader();
    const next = reader.read();
    gone.abort();
    expect((await next).done).toBe(true);
  });
});
