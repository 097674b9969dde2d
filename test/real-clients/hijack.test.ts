/**
 * The hijack machinery end to end with the real Go client: `docker exec -i` against test-only
 * routes (until the container domain serves exec for real). The CLI must accept the 101 answer,
 * demultiplex stdout and stderr, send raw stdin and half-close it, and take the exit code from the
 * exec inspect that follows. Canned container answers here are scaffolding for the machinery only.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hijackResponse, MULTIPLEXED_STREAM } from '../../src/client/wire/hijack.js';
import { encodeFrame } from '../../src/client/wire/stdcopy.js';
import { buildRoutes, HANDLERS, json, outputMediaType, readJsonObject, type OperationHandlers } from '../../src/engine-api/index.js';
import { startServer, type EngineServer } from '../../src/node/index.js';
import { dockerCli } from './cli.js';

const EXEC_ID = 'e'.repeat(64);
const started: { body?: Readonly<Record<string, unknown>> } = {};

const testOnly: OperationHandlers = {
  ...HANDLERS,
  ContainerInspect: () => json({ Id: 'c'.repeat(64), Config: { Tty: false }, State: { Running: true } }),
  ContainerExec: () => json({ Id: EXEC_ID }, 201),
  ExecInspect: () => json({ ID: EXEC_ID, Running: false, ExitCode: 3 }),
  // `cat` that shouts: stdin back on stdout upper-cased, a word on stderr, until stdin ends.
  ExecStart: async (ctx) => {
    started.body = await readJsonObject(ctx.request, ctx.limits.json, 'container.ExecStartOptions');
    expect(outputMediaType(false, ctx.version)).toBe(MULTIPLEXED_STREAM);
    return hijackResponse(
      {
        mediaType: MULTIPLEXED_STREAM,
        async run(io) {
          await io.write(encodeFrame(2, new TextEncoder().encode('cat: starting\n')));
          for await (const chunk of io.input) await io.write(encodeFrame(1, new TextEncoder().encode(new TextDecoder().decode(chunk).toUpperCase())));
        },
      },
      {},
    );
  },
};

let server: EngineServer;
beforeAll(async () => {
  server = await startServer({ seed: 1, routes: buildRoutes(testOnly) });
});
afterAll(async () => {
  await server.close();
});

it('docker exec -i: stdin up raw, stdout and stderr down framed, the exit code from exec inspect', async () => {
  const result = await dockerCli(server.dockerHost)(['exec', '-i', 'web', 'cat'], {}, 'hello from stdin\n');
  expect(result).toEqual({ stdout: 'HELLO FROM STDIN\n', stderr: 'cat: starting\n', code: 3 });
  expect(started.body).toMatchObject({ Detach: false, Tty: false });
});
