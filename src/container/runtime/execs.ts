/**
 * @module
 * `docker exec` (moby `daemon/exec.go`, `monitor.go`): exec instances are created against a running
 * container (the lifecycle's `exec` guard), started once as a new process in its PID namespace —
 * the container's env plus the exec's, its working dir and user unless the exec says otherwise —
 * and report `Running`, `Pid` and `ExitCode` through their record. Events: `exec_create: <cmd>`,
 * `exec_start: <cmd>`, `exec_die` (with `execID` and `exitCode`). Health probes run this way too.
 */
import { castDraft } from 'immer';
import { AsyncQueue } from '../../core/async-queue.js';
import { DockerError } from '../../core/errors.js';
import { execAlreadyRan, execAlreadyRunning, noSuchExec } from '../../core/messages/containers.js';
import { createPipe, emptyInput } from '../../programs/process/streams.js';
import { ExecError, type ProcessOutput } from '../../programs/types.js';
import { checkExecRequest, newExecRecord, type ExecCreateRequest, type ExecRecord } from '../exec.js';
import { transition } from '../lifecycle.js';
import type { ContainerRecord } from '../record.js';
import { onlcr, type OutputChunk, type StdinWriter } from './attach-hub.js';
import { envOf, eventAttributes, type ContainerRuntime } from './runtime.js';
import { resolveUser } from './users.js';

/** `POST /exec/{id}/start` body. */
export interface ExecStartOptions {
  /** Run without streams (`docker exec -d`). */
  readonly Detach?: boolean;
  readonly Tty?: boolean;
}

/** A started exec: its output (until it exits), its stdin when attached, and its exit code. */
export interface ExecSession {
  readonly output: AsyncIterable<OutputChunk>;
  readonly stdin: StdinWriter | undefined;
  readonly tty: boolean;
  /** Resolves with the exit code once the record says so (126/127 when it could not start). */
  readonly exited: Promise<number>;
}

const encoder = new TextEncoder();

/** The exec instances of one host. */
export class ExecRunner {
  readonly #runtime: ContainerRuntime;

  constructor(runtime: ContainerRuntime) {
    this.#runtime = runtime;
  }

  get #ctx() {
    return this.#runtime.ctx;
  }

  /** `POST /containers/{id}/exec`: the new exec's id. */
  create(record: ContainerRecord, request: ExecCreateRequest): string {
    const invalid = checkExecRequest(request);
    if (invalid) throw invalid;
    const guard = transition(record, { type: 'exec' }, this.#ctx.now());
    if (guard instanceof DockerError) throw guard;
    const id = this.#ctx.newId();
    const exec = newExecRecord(id, record.Id, request);
    this.#ctx.commit(
      (host) => {
        host.execs = castDraft(host.execs.set(id, exec));
        host.containers = castDraft(host.containers.set(record.Id, { ...record, ExecIDs: [...(record.ExecIDs ?? []), id] }));
      },
      [{ Type: 'container', Action: `exec_create: ${commandOf(exec)}`, id: record.Id, attributes: eventAttributes(record, { execID: id }) }],
    );
    return id;
  }

  /** The exec record (`No such exec instance` 404). */
  get(id: string): ExecRecord {
    const exec = this.#ctx.state.execs.get(id);
    if (!exec) throw noSuchExec(id);
    return exec;
  }

  /** `POST /exec/{id}/start`. */
  start(id: string, options: ExecStartOptions = {}): ExecSession {
    const exec = this.get(id);
    if (exec.Running) throw execAlreadyRunning(id);
    if (exec.internal.started) throw execAlreadyRan(id);
    const record = this.#runtime.record(exec.ContainerID);
    const instance = this.#runtime.instance(exec.ContainerID);
    if (!record) throw noSuchExec(id);
    const guard = transition(record, { type: 'exec' }, this.#ctx.now());
    if (guard instanceof DockerError) throw guard;
    const tty = options.Tty ?? exec.ProcessConfig.tty;
    const output = new AsyncQueue<OutputChunk>();
    const detached = options.Detach ?? false;
    const sink = (stream: 'stdout' | 'stderr'): ProcessOutput => ({
      isTTY: tty,
      write: (data) => {
        if (!detached) output.push({ stream, data: encoder.encode(String(tty ? onlcr(data) : typeof data === 'string' ? data : new TextDecoder().decode(data))) });
      },
    });
    const pipe = exec.OpenStdin && !detached ? createPipe({ isTTY: tty }) : undefined;
    const fs = this.#runtime.filesystems.open(record);
    const user = resolveUser(fs, exec.ProcessConfig.user || record.Config.User);
    const env = { ...envOf(record, typeof user === 'string' ? undefined : user) };
    for (const entry of exec.internal.env) {
      const eq = entry.indexOf('=');
      if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    const argv = [exec.ProcessConfig.entrypoint, ...exec.ProcessConfig.arguments];
    const base = { output, stdin: pipe ? { write: (d: string | Uint8Array) => pipe.writer.write(d), end: () => pipe.writer.close() } : undefined, tty };
    try {
      if (!instance || instance.ended) throw new ExecError('ENOENT', argv[0] ?? '', `container ${record.Id} is not running`);
      if (typeof user === 'string') throw new ExecError('ENOENT', argv[0] ?? '', user);
      const child = instance.table.spawn(argv, {
        env,
        cwd: exec.internal.workingDir || record.Config.WorkingDir || '/',
        user,
        stdin: pipe?.reader ?? emptyInput(),
        stdout: sink('stdout'),
        stderr: sink(tty ? 'stdout' : 'stderr'),
      });
      const pid = instance.hostPid(child.pid);
      this.#update(exec.ID, { Running: true, Pid: pid, internal: { ...exec.internal, started: true } }, `exec_start: ${commandOf(exec)}`, {});
      const exited = child.exited.then((code) => {
        this.#finish(exec.ID, code);
        output.end();
        return code;
      });
      return { ...base, exited };
    } catch (error) {
      if (!(error instanceof ExecError)) throw error;
      // runc's text goes into the stream; the exec ends at once with 126/127, no exec_die.
      const code = error.code === 'EACCES' || error.code === 'EISDIR' ? 126 : 127;
      if (!detached) output.push({ stream: 'stdout', data: encoder.encode(`OCI runtime exec failed: exec failed: unable to start container process: ${error.message}: unknown\r\n`) });
      output.end();
      this.#update(exec.ID, { ExitCode: code, internal: { ...exec.internal, started: true } }, undefined, {}, true);
      return { ...base, exited: Promise.resolve(code) };
    }
  }

  #finish(id: string, code: number): void {
    const exec = this.#ctx.state.execs.get(id);
    if (!exec) return;
    this.#update(id, { Running: false, ExitCode: code }, 'exec_die', { exitCode: String(code) }, true);
  }

  /** One commit: the exec's new fields, the container's ExecIDs (minus it once done), an event. */
  #update(id: string, patch: Partial<ExecRecord>, action: string | undefined, extra: { readonly [key: string]: string }, done = false): void {
    const exec = this.#ctx.state.execs.get(id);
    if (!exec) return;
    const record = this.#runtime.record(exec.ContainerID);
    const events = action && record ? [{ Type: 'container' as const, Action: action, id: record.Id, attributes: eventAttributes(record, { execID: id, ...extra }) }] : [];
    this.#ctx.commit((host) => {
      host.execs = castDraft(host.execs.set(id, { ...exec, ...patch }));
      if (done && record && record.ExecIDs?.includes(id)) {
        const rest = record.ExecIDs.filter((x) => x !== id);
        host.containers = castDraft(host.containers.set(record.Id, { ...record, ExecIDs: rest.length > 0 ? rest : null }));
      }
    }, events);
  }
}

function commandOf(exec: ExecRecord): string {
  return [exec.ProcessConfig.entrypoint, ...exec.ProcessConfig.arguments].join(' ');
}
