/**
 * @module
 * Exec instances (`docker exec`): the record moby keeps in its exec store, in the Engine API's
 * `ExecInspectResponse` shape, and the pure checks of `POST /containers/{id}/exec`. Whether the
 * container may run an exec at all is the lifecycle's guard (`transition(…, { type: 'exec' })`).
 */
import type { DockerError } from '../core/errors.js';
import { invalidEnvironmentVariable, noExecCommand } from '../core/messages/containers.js';

/** The body of `POST /containers/{id}/exec` (Engine API `ExecConfig`). */
export interface ExecCreateRequest {
  readonly Cmd: readonly string[];
  readonly AttachStdin?: boolean;
  readonly AttachStdout?: boolean;
  readonly AttachStderr?: boolean;
  readonly DetachKeys?: string;
  readonly Tty?: boolean;
  readonly Env?: readonly string[] | null;
  readonly Privileged?: boolean;
  readonly User?: string;
  readonly WorkingDir?: string;
  readonly ConsoleSize?: readonly [number, number] | null;
}

/** `ProcessConfig` of an exec (what runs, as whom). */
export interface ExecProcessConfig {
  readonly privileged: boolean;
  readonly user: string;
  readonly tty: boolean;
  readonly entrypoint: string;
  readonly arguments: readonly string[];
}

/** An exec instance (Engine API `ExecInspectResponse`) plus what it runs with. */
export interface ExecRecord {
  readonly ID: string;
  readonly Running: boolean;
  /** Null until the process has exited. */
  readonly ExitCode: number | null;
  readonly ProcessConfig: ExecProcessConfig;
  readonly OpenStdin: boolean;
  readonly OpenStderr: boolean;
  readonly OpenStdout: boolean;
  readonly CanRemove: boolean;
  readonly ContainerID: string;
  readonly DetachKeys: string;
  /** Host pid while running (0 before start). */
  readonly Pid: number;
  /** Not on the wire: the exec's own environment and working directory, and whether it was started. */
  readonly internal: { readonly env: readonly string[]; readonly workingDir: string; readonly started: boolean };
}

/** `GET /exec/{id}/json`. */
export type ExecInspect = Omit<ExecRecord, 'internal'>;

/** The wire view of an exec record. */
export function toExecInspect(record: ExecRecord): ExecInspect {
  const { internal: _internal, ...wire } = record;
  return wire;
}

/** Checks an exec request (moby `ContainerExecCreate`): a command is required; env entries need a name. */
export function checkExecRequest(request: ExecCreateRequest): DockerError | undefined {
  if (!Array.isArray(request.Cmd) || request.Cmd.length === 0) return noExecCommand();
  for (const entry of request.Env ?? []) if (entry === '' || entry.startsWith('=')) return invalidEnvironmentVariable(entry);
  return undefined;
}

/** A new, not yet started exec instance. */
export function newExecRecord(id: string, containerId: string, request: ExecCreateRequest): ExecRecord {
  const [entrypoint = '', ...args] = request.Cmd;
  return {
    ID: id,
    Running: false,
    ExitCode: null,
    ProcessConfig: { privileged: request.Privileged ?? false, user: request.User ?? '', tty: request.Tty ?? false, entrypoint, arguments: args },
    OpenStdin: request.AttachStdin ?? false,
    OpenStderr: request.AttachStderr ?? false,
    OpenStdout: request.AttachStdout ?? false,
    CanRemove: false,
    ContainerID: containerId,
    DetachKeys: request.DetachKeys ?? '',
    Pid: 0,
    internal: { env: [...(request.Env ?? [])], workingDir: request.WorkingDir ?? '', started: false },
  };
}
