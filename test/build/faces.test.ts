/**
 * The build through every face: the typed client in-process and over the Engine API (a tar body,
 * the `\r\n`-separated stream, early errors as HTTP errors), the progress model, and prune.
 */
import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/client/http-client.js';
import { createEngineHandler } from '../../src/engine-api/handler.js';
import { treeToTar } from '../../src/fs/tar-write.js';
import { buildTree } from '../../src/fs/tree.js';
import { containerWorld } from '../helpers/container-world.js';
import { renderLegacyStream } from '../../src/build/plan/legacy-stream.js';

const FILES = { Dockerfile: 'FROM alpine\nCOPY a.txt /\nRUN cat /a.txt\n', 'a.txt': 'from the context\n', '.dockerignore': 'ignored.txt\n', 'ignored.txt': 'no' };

describe('POST /build', () => {
  it('answers the classic stream, \\r\\n-separated, and the HTTP client reads it', async () => {
    const world = containerWorld();
    const handler = createEngineHandler(world);
    const tar = treeToTar(buildTree(FILES));
    const response = await handler(new Request('http://x/v1.50/build?t=web&t=web%3Av2&rm=1', { method: 'POST', body: tar as BodyInit, headers: { 'Content-Type': 'application/x-tar' } }));
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body.startsWith('{"stream":"Step 1/3 : FROM alpine\\n"}\r\n')).toBe(true);
    expect(body).toContain('{"stream":"from the context\\n"}\r\n');
    expect(body.endsWith('{"stream":"Successfully tagged web:v2\\n"}\r\n')).toBe(true);

    const client = createHttpClient({ fetch: handler });
    const messages = [];
    for await (const m of client.imageBuild({ files: FILES }, { tags: ['web'] })) messages.push(m);
    expect(renderLegacyStream(messages)).toMatch(/Step 2\/3 : COPY a.txt \/\n ---> Using cache\n/);
  });

  it('an error before the first step is an HTTP error', async () => {
    const world = containerWorld();
    const client = createHttpClient({ fetch: createEngineHandler(world) });
    const read = async () => {
      for await (const _ of client.imageBuild({ files: { Dockerfile: 'FROM alpine\nBOGUS x\n' } })) void _;
    };
    await expect(read()).rejects.toThrow('dockerfile parse error on line 2: unknown instruction: BOGUS');
    const bad = await createEngineHandler(world)(new Request('http://x/build?buildargs=%5B1%5D', { method: 'POST', body: new Uint8Array(1024) as BodyInit }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ message: 'error reading build args: json: cannot unmarshal array into Go value of type map[string]' });
  });

  it('the in-process client sends what the CLI sends: .dockerignore applied', async () => {
    const world = containerWorld();
    const client = world.client();
    const bad = { ...FILES, Dockerfile: 'FROM alpine\nCOPY ignored.txt /\n' };
    const messages = [];
    for await (const m of client.imageBuild({ files: bad })) messages.push(m);
    expect(messages.at(-1)).toEqual({
      errorDetail: { message: 'COPY failed: file not found in build context or excluded by .dockerignore: stat ignored.txt: file does not exist' },
      error: 'COPY failed: file not found in build context or excluded by .dockerignore: stat ignored.txt: file does not exist',
    });
  });

  it('POST /build/prune: nothing to prune for the classic builder, and a builder event', async () => {
    const world = containerWorld();
    expect(await world.client().buildPrune()).toEqual({ CachesDeleted: null, SpaceReclaimed: 0 });
    expect(world.host().state.events.at(-1)).toMatchObject({ Type: 'builder', Action: 'prune', Actor: { Attributes: { reclaimed: '0' } } });
  });
});

describe('the progress model', () => {
  it('reports every step pending, running, then done or cached, with BuildKit-style names', async () => {
    const world = containerWorld();
    const daemon = world.host().daemon;
    const first = daemon.builds.build({ files: FILES });
    await first.result;
    const second = daemon.builds.build({ files: FILES });
    const seen: string[] = [];
    second.onProgress((steps) => seen.push(steps.map((s) => s.status[0]).join('')));
    await world.clock.hold(second.result);
    expect(seen).toContain('drp');
    expect(seen.at(-1)).toBe('dcc');
    expect(second.steps().map((s) => [s.vertex, s.status])).toEqual([
      ['[1/3] FROM alpine', 'done'],
      ['[2/3] COPY a.txt /', 'cached'],
      ['[3/3] RUN cat /a.txt', 'cached'],
    ]);
  });
});
