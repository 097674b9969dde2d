/**
 * An HTTP client pinned to API 1.41 (below the multiplexed-stream media type) reads logs, attach
 * and exec output exactly as one on 1.50 does: framing follows the container's or exec's Tty,
 * not the media type, as the docker CLI decides it.
 */
import { expect, it } from 'vitest';
import { createHttpClient } from '../../src/client/http-client.js';
import { createEngineHandler } from '../../src/engine-api/handler.js';
import { createWorld } from '../../src/world/world.js';
import { equipWorld } from '../helpers/container-world.js';
import { collect } from './harness.js';

const text = (chunks: readonly { readonly stream: string; readonly data: Uint8Array }[], stream: string) =>
  chunks.filter((c) => c.stream === stream).map((c) => new TextDecoder().decode(c.data)).join('');

it.each(['1.41', '1.50'])('API %s: logs, attach and exec keep stdout and stderr apart', async (apiVersion) => {
  const world = equipWorld(createWorld({ seed: 4 }), ['alpine']);
  const docker = createHttpClient({ fetch: createEngineHandler(world), apiVersion });
  const { Id } = await docker.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo out; echo err >&2; sleep 60'] });
  const attachment = await docker.containerAttach(Id, { stdout: true, stderr: true });
  await docker.containerStart(Id);
  const exec = await docker.containerExec(Id, { Cmd: ['sh', '-c', 'echo x; echo y >&2'], AttachStdout: true, AttachStderr: true });
  const session = await docker.execStart(exec.Id);
  const execChunks = await collect(session.output);
  expect([text(execChunks, 'stdout'), text(execChunks, 'stderr'), await session.exited]).toEqual(['x\n', 'y\n', 0]);
  expect((await collect(docker.containerLogs(Id))).map((e) => `${e.stream}:${e.line}`)).toEqual(['stdout:out\n', 'stderr:err\n']);
  await docker.containerKill(Id);
  const chunks = await collect(attachment.output);
  expect([text(chunks, 'stdout'), text(chunks, 'stderr')]).toEqual(['out\n', 'err\n']);
  world.dispose();
});
