/**
 * @module
 * What a container's main process starts with, as runc sets it up: the environment (the image's
 * and the create request's variables over Docker's default PATH, HOSTNAME, TERM for a terminal,
 * HOME from the user), the host kernel it sees, and the checks runc makes before exec — with
 * the exit codes moby maps runc's failures to (126 not executable, 127 not found, 128 otherwise).
 */
import { HOST_MEMORY, HOST_NCPU } from '../../daemon/info.js';
import { KERNEL_VERSION } from '../../daemon/version.js';
import { resolveExecutable } from '../../programs/process/resolve.js';
import type { ProgramRegistry } from '../../programs/registry.js';
import { ExecError, type KernelInfo, type ProcessFs } from '../../programs/types.js';
import type { ContainerRecord } from '../record.js';
import { initArgv } from './init.js';
import type { ExecUser } from './users.js';

/** The host kernel containers see (`uname`, `nproc`, `free`), as the daemon reports it. */
export const HOST_KERNEL: KernelInfo = { release: KERNEL_VERSION, version: '#1 SMP PREEMPT_DYNAMIC dockersim', machine: 'x86_64', cpus: HOST_NCPU, memoryBytes: HOST_MEMORY };

/** Why a main process cannot start: the container's exit code and runc's text. */
export interface StartFailure {
  readonly exitCode: 126 | 127 | 128;
  readonly detail: string;
}

/** Why `record`'s main process would not start in `fs` (undefined: it would). `user` is the resolved user or runc's error text. */
export function startFailure(fs: ProcessFs, programs: ProgramRegistry, record: ContainerRecord, user: ExecUser | string): StartFailure | undefined {
  if (typeof user === 'string') return { exitCode: 128, detail: user };
  const env = envOf(record, user);
  try {
    resolveExecutable(fs, programs, initArgv(record), { path: env['PATH'], cwd: record.Config.WorkingDir || '/', user, search: 'runtime' });
    return undefined;
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    return { exitCode: error.code === 'EACCES' || error.code === 'EISDIR' ? 126 : error.code === 'ENOEXEC' ? 128 : 127, detail: error.message };
  }
}

/** The main process's environment: Config.Env, with PATH, HOSTNAME and HOME as runc sets them. */
export function envOf(record: ContainerRecord, user?: ExecUser): { [name: string]: string } {
  const env: { [name: string]: string } = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOSTNAME: record.Config.Hostname,
  };
  for (const entry of record.Config.Env ?? []) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  if (record.Config.Tty) env['TERM'] = env['TERM'] ?? 'xterm';
  if (!('HOME' in env)) env['HOME'] = user?.home ?? '/root';
  return env;
}
