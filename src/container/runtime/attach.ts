/**
 * @module
 * `POST /containers/{id}/attach` (moby `daemon/attach.go`): an in-process duplex — the output the
 * client asked for (stdout/stderr; with `logs`, the log so far first; with `stream`, live output
 * until the process exits, waiting for the start of a created container as `docker run` relies on)
 * and, with `stdin` on an `OpenStdin` container, a writer into its stdin. Emits `attach`.
 */
import { AsyncQueue } from '../../core/async-queue.js';
import { DockerError } from '../../core/errors.js';
import { toBytes } from '../../programs/process/streams.js';
import { transition } from '../lifecycle.js';
import type { ContainerRecord } from '../record.js';
import { isRunning } from '../state.js';
import type { OutputChunk, StdinWriter } from './attach-hub.js';
import { eventAttributes, type ContainerRuntime } from './runtime.js';

/** Query of the attach endpoint. */
export interface AttachOptions {
  readonly stdin?: boolean;
  readonly stdout?: boolean;
  readonly stderr?: boolean;
  /** Live output (default true). */
  readonly stream?: boolean;
  /** Replay the log first. */
  readonly logs?: boolean;
}

/** An attached client: output chunks, and stdin when asked for. */
export interface ContainerAttachment {
  /** Output chunks until the process exits (or the client stops reading). */
  readonly output: AsyncIterable<OutputChunk>;
  readonly stdin: StdinWriter | undefined;
  /** True for a TTY container: output is raw terminal bytes, not multiplexed. */
  readonly tty: boolean;
}

/** Attaches to `record`. */
export function attachContainer(runtime: ContainerRuntime, record: ContainerRecord, options: AttachOptions = {}): ContainerAttachment {
  const guard = transition(record, { type: 'attach' }, runtime.ctx.now());
  if (guard instanceof DockerError) throw guard;
  const wantOut = options.stdout ?? false;
  const wantErr = options.stderr ?? false;
  const want = (chunk: { readonly stream: OutputChunk['stream'] }) => (chunk.stream === 'stdout' ? wantOut : wantErr);
  const output = new AsyncQueue<OutputChunk>(() => live?.end());
  if (options.logs) for (const entry of runtime.logs.entries(record.Id)) if (want(entry)) output.push({ stream: entry.stream, data: toBytes(entry.line) });
  const streaming = (options.stream ?? true) && (isRunning(record.State.Status) || record.State.Status === 'created' || record.State.Status === 'exited');
  let live: AsyncQueue<OutputChunk> | undefined;
  if (streaming) {
    live = runtime.attach.subscribe(record.Id);
    void (async () => {
      for await (const chunk of live!) if (want(chunk)) output.push(chunk);
      output.end();
    })();
  } else output.end();
  const stdin = options.stdin && record.Config.OpenStdin ? runtime.attach.stdinWriter(record.Id, record.Config.StdinOnce, record.Config.Tty) : undefined;
  runtime.ctx.commit(() => {}, [{ Type: 'container', Action: 'attach', id: record.Id, attributes: eventAttributes(record) }]);
  return { output, stdin, tty: record.Config.Tty };
}
