/**
 * @module
 * What runs inside containers (DESIGN.md decision 8): the program contract, the registry of
 * programs by name, the process table the container runtime drives, and the built-in programs
 * (busybox with its ash shell, dash, bash, the GNU userland, curl, dig…).
 */
export {
  PROGRAM_MARKER,
  SIGNALS,
  ExecError,
  FsError,
  FS_ERROR_TEXT,
  NetError,
  type Program,
  type ProcessContext,
  type ProcessInput,
  type ProcessOutput,
  type ProcessFs,
  type FileStat,
  type FileKind,
  type FsErrorCode,
  type ProcessNet,
  type NetErrorCode,
  type Socket,
  type SocketAddress,
  type Listener,
  type NetworkInterface,
  type ProcessSignals,
  type SignalName,
  type ProcessUser,
  type ProcessClock,
  type ProcessInfo,
  type KernelInfo,
  type ExecOptions,
  type ExecveOptions,
  type ChildProcess,
  type ExecErrorCode,
} from './types.js';
export { ProgramRegistry } from './registry.js';
export { builtinPrograms, createProgramRegistry } from './catalog.js';
export { ProcessTable, DEFAULT_KERNEL, type ProcessTableOptions, type SpawnOptions } from './process/table.js';
/** The clock a process table needs. */
export type { TimerClock } from './process/process.js';
export { resolveExecutable, lookPath, canExecute, DEFAULT_PATH, type ResolvedExecutable, type ResolveOptions } from './process/resolve.js';
export { InputBuffer, OutputCollector, createPipe, inputOf, emptyInput, nullOutput, type Pipe, type PipeWriter } from './process/streams.js';
export { ProcessGone, isProcessGone, type GoneReason } from './process/gone.js';
export { parseSignal, signalNumber, killedStatus, DEFAULT_ACTIONS, type SignalAction } from './process/signals.js';
export { deriveContext, type ContextOverrides } from './process/derive.js';
export { Terminal, type TerminalOptions } from './process/terminal.js';
export { openRead, openWrite, type StdStreams } from './process/files.js';
export { shellProgram } from './shell/shell.js';
/** A client of the simulated MySQL server (its line-JSON wire protocol), for user-defined programs. */
export { MysqlConnection, type Auth as MysqlAuth, type Hello as MysqlHello } from './mysql/wire.js';
export { SqlError } from './mysql/sql-error.js';
export type { QueryResult } from './mysql/sql-engine.js';
