/**
 * @module
 * The exec operations (moby `router/container/exec.go`): create an exec instance, start it as a
 * hijacked connection (multiplexed unless the *start* body says `Tty`, as the daemon frames it;
 * stdin raw until the client half-closes; the connection closes once the exit code is final) or
 * detached (`200` at once), resize its TTY, inspect it. dockersim starts the exec when the request
 * arrives, so a start the model refuses is an HTTP error rather than text inside the stream.
 */
import type { ExecCreateRequest } from '../../container/exec.js';
import { hijackResponse, MULTIPLEXED_STREAM, RAW_STREAM } from '../../client/wire/hijack.js';
import * as messages from '../../core/messages/index.js';
import { goJsonType, readJsonObject } from '../body.js';
import type { ApiContext, OperationHandler } from '../context.js';
import type { OperationHandlers } from '../routes.js';
import { empty, json } from '../respond.js';
import { compareVersions } from '../versions.js';
import { copyStdin, pumpOutput } from './attach.js';

const id = (ctx: ApiContext): string => ctx.params['id'] ?? '';

/** `POST /containers/{id}/exec`: 201 `{Id}`; `ConsoleSize` is dropped below API 1.42. */
const create: OperationHandler = async (ctx) => {
  const body = await readJsonObject(ctx.request, ctx.limits.json, 'container.ExecOptions');
  const cmd = body['Cmd'];
  if (cmd !== undefined && cmd !== null) {
    if (!Array.isArray(cmd)) throw messages.jsonFieldTypeMismatch(goJsonType(cmd), 'ExecOptions.Cmd', '[]string');
    const bad: unknown = cmd.find((c: unknown) => typeof c !== 'string');
    if (bad !== undefined) throw messages.jsonFieldTypeMismatch(goJsonType(bad), 'ExecOptions.Cmd', 'string');
  }
  const request = { ...body, Cmd: (cmd ?? []) as string[] } as ExecCreateRequest;
  const old = compareVersions(ctx.version, '1.42') < 0;
  return json(await ctx.docker.containerExec(id(ctx), old ? { ...request, ConsoleSize: null } : request), 201);
};

/** `POST /exec/{id}/start` with `{Detach, Tty}`. */
const start: OperationHandler = async (ctx) => {
  const body = await readJsonObject(ctx.request, ctx.limits.json, 'container.ExecStartOptions');
  await ctx.docker.execInspect(id(ctx));
  const detach = body['Detach'] === true;
  const tty = typeof body['Tty'] === 'boolean' ? body['Tty'] : undefined;
  if (detach) {
    await ctx.docker.execStart(id(ctx), { Detach: true, ...(tty !== undefined ? { Tty: tty } : {}) });
    return empty(200);
  }
  const session = await ctx.docker.execStart(id(ctx), tty !== undefined ? { Tty: tty } : {});
  // The daemon frames by the start body's Tty, whatever the exec was created with.
  const framed = tty !== true;
  const mediaType = framed && compareVersions(ctx.version, '1.42') >= 0 ? MULTIPLEXED_STREAM : RAW_STREAM;
  return hijackResponse(
    {
      mediaType,
      async run(io) {
        const stdin = session.stdin;
        if (stdin) void copyStdin(io.input, (bytes) => stdin.write(bytes), undefined).then(() => stdin.end());
        await pumpOutput(session.output[Symbol.asyncIterator](), io, framed);
      },
    },
    {},
  );
};

/** The exec operations. */
export const execHandlers: OperationHandlers = {
  ContainerExec: create,
  ExecStart: start,
  ExecResize: async (ctx) => {
    await ctx.docker.execResize(id(ctx), { h: ctx.query.dimension('h'), w: ctx.query.dimension('w') });
    return empty(200);
  },
  ExecInspect: async (ctx) => json(await ctx.docker.execInspect(id(ctx))),
};
