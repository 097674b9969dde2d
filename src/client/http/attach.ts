/**
 * @module
 * Attach and exec over HTTP, as the docker CLI does them: a hijacked connection (upgrade) whose
 * output is demultiplexed unless there is a TTY, stdin sent raw and half-closed at its end (at
 * once when there is none), and, for exec, the exit code read from `GET /exec/{id}/json` once the
 * daemon has closed the stream. A detached exec's exit is awaited on the events stream.
 */
import type { AttachOptions, ContainerAttachment } from '../../container/runtime/attach.js';
import type { OutputChunk, StdinWriter } from '../../container/runtime/attach-hub.js';
import type { ExecCreateRequest, ExecInspect } from '../../container/exec.js';
import type { ContainerInspect } from '../../container/inspect.js';
import type { ExecSession, ExecStartOptions } from '../../container/runtime/execs.js';
import type { ContainerApi } from '../container-api.js';
import type { HijackedConnection } from '../wire/hijack.js';
import { StdcopyDecoder, STDERR } from '../wire/stdcopy.js';
import { segment, type HttpTransport } from './transport.js';

/** The operations of this file. */
export type AttachRequests = Pick<ContainerApi, 'containerAttach' | 'containerExec' | 'execStart' | 'execInspect' | 'execResize'>;

/** The output of a hijacked connection as chunks: demultiplexed frames, or raw bytes on stdout. */
export async function* outputChunks(connection: HijackedConnection, multiplexed: boolean): AsyncGenerator<OutputChunk> {
  const frames = new StdcopyDecoder();
  for await (const bytes of connection.output) {
    if (!multiplexed) {
      yield { stream: 'stdout', data: bytes };
      continue;
    }
    for (const frame of frames.push(bytes)) yield { stream: frame.stream === STDERR ? 'stderr' : 'stdout', data: frame.payload };
  }
}

const encoder = new TextEncoder();

/** A stdin writer over the connection: raw bytes up, a half-close at the end. */
function stdinOf(connection: HijackedConnection): StdinWriter {
  return {
    write: (data) => connection.write(typeof data === 'string' ? encoder.encode(data) : data),
    end: () => connection.closeWrite(),
  };
}

/** The attach and exec operations over `transport`. */
export function attachOperations(transport: HttpTransport): AttachRequests {
  const execPath = (id: string, action: string) => `/exec/${segment(id)}${action}`;
  const execInspect = (id: string) => transport.json<ExecInspect>('GET', execPath(id, '/json'));

  /** Resolves with the exit code from the exec's `exec_die` event (detached execs). */
  async function exitFromEvents(id: string): Promise<number> {
    const controller = new AbortController();
    const events = transport.jsonStream('GET', '/events', { query: { filters: JSON.stringify({ type: { container: true }, event: { exec_die: true } }) }, signal: controller.signal }, (v) => v as { Actor: { Attributes: Record<string, string> } }, true);
    const iterator = events[Symbol.asyncIterator]();
    const first = iterator.next();
    try {
      // Subscribed once the events answer's headers are in (sendFirst); the exec may have ended before.
      const now = await execInspect(id);
      if (!now.Running && now.ExitCode !== null) return now.ExitCode;
      for (let next = await first; !next.done; next = await iterator.next()) {
        const attributes = next.value.Actor.Attributes;
        if (attributes['execID'] === id) return Number(attributes['exitCode'] ?? 0);
      }
      return (await execInspect(id)).ExitCode ?? 0;
    } finally {
      controller.abort();
      void iterator.return?.();
    }
  }

  return {
    async containerAttach(id: string, options: AttachOptions = {}): Promise<ContainerAttachment> {
      // As `docker attach` does: the container's Tty and OpenStdin decide framing and stdin.
      const inspect = await transport.json<ContainerInspect>('GET', `/containers/${segment(id)}/json`);
      const stdin = (options.stdin ?? false) && inspect.Config.OpenStdin;
      const connection = await transport.hijack('POST', `/containers/${segment(id)}/attach`, {
        query: { stream: options.stream ?? true, logs: options.logs || undefined, stdin: stdin || undefined, stdout: options.stdout || undefined, stderr: options.stderr || undefined },
      });
      if (!stdin) connection.closeWrite();
      return { output: outputChunks(connection, !inspect.Config.Tty), stdin: stdin ? stdinOf(connection) : undefined, tty: inspect.Config.Tty };
    },
    containerExec: (id: string, request: ExecCreateRequest) => transport.json<{ readonly Id: string }>('POST', `/containers/${segment(id)}/exec`, { json: request }),
    execInspect,
    execResize: (id, size) => transport.empty('POST', execPath(id, '/resize'), { query: { h: size.h, w: size.w } }),
    async execStart(id: string, options: ExecStartOptions = {}): Promise<ExecSession> {
      // The daemon frames by the start body's Tty: send the exec's own when none is given.
      const exec = await execInspect(id);
      const tty = options.Tty ?? exec.ProcessConfig.tty;
      if (options.Detach) {
        await transport.empty('POST', execPath(id, '/start'), { json: { Detach: true, Tty: tty } });
        const exited = exitFromEvents(id);
        return { output: (async function* () {})(), stdin: undefined, tty, exited };
      }
      const connection = await transport.hijack('POST', execPath(id, '/start'), { json: { Detach: false, Tty: tty } });
      if (!exec.OpenStdin) connection.closeWrite();
      // Framing follows the Tty the start body carried (the CLI's rule), whatever the media type says.
      const output = outputChunks(connection, !tty);
      // Buffer the output so that the exit code comes whether or not the caller reads it.
      const chunks: OutputChunk[] = [];
      let wake: (() => void) | undefined;
      let ended = false;
      const drained = (async () => {
        for await (const chunk of output) {
          chunks.push(chunk);
          wake?.();
        }
        ended = true;
        wake?.();
      })();
      const exited = drained.then(async () => (await execInspect(id)).ExitCode ?? 0);
      async function* read(): AsyncGenerator<OutputChunk> {
        for (;;) {
          const chunk = chunks.shift();
          if (chunk) {
            yield chunk;
            continue;
          }
          if (ended) return;
          await new Promise<void>((resolve) => (wake = resolve));
        }
      }
      return { output: read(), stdin: exec.OpenStdin ? stdinOf(connection) : undefined, tty, exited };
    },
  };
}
