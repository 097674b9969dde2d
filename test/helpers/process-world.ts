/**
 * A process table over the test doubles (memory fs, loopback net, a clock), with a `run` that
 * starts a command like `docker run` would and returns what a user would see.
 */
import { Clock, type ClockMode } from '../../src/core/clock.js';
import { Random } from '../../src/core/random.js';
import { ProgramRegistry } from '../../src/programs/registry.js';
import { inputOf, OutputCollector } from '../../src/programs/process/streams.js';
import { ProcessTable } from '../../src/programs/process/table.js';
import type { ChildProcess, Program, ProcessInput } from '../../src/programs/types.js';
import { MemoryFs } from './memory-fs.js';
import { LoopbackNetwork } from './net-double.js';

/** Files of a test world: text, or a spec with mode / symlink. */
export type Files = ConstructorParameters<typeof MemoryFs>[0];

/** What a finished command showed. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export const TEST_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A fresh container-like world for programs. */
export function processWorld(options: { files?: Files; programs?: { [name: string]: Program } | ProgramRegistry; clock?: ClockMode; seed?: number; hostname?: string } = {}) {
  const clock = new Clock({ mode: options.clock ?? 'auto' });
  const fs = new MemoryFs(options.files ?? {}, () => clock.now());
  const network = new LoopbackNetwork();
  const programs = options.programs instanceof ProgramRegistry ? options.programs : new ProgramRegistry(options.programs ?? {});
  const random = new Random(options.seed ?? 1);
  const newTable = () => new ProcessTable({ fs, net: network.stack(), clock, random, programs, hostname: options.hostname ?? 'c0ffee' });
  let table = newTable();

  /** Starts `argv` in the table, a fresh one (a new container) once PID 1 has exited. */
  function start(argv: readonly string[], opts: { stdin?: string | ProcessInput; env?: { [name: string]: string }; cwd?: string; tty?: boolean } = {}): { child: ChildProcess; stdout: OutputCollector; stderr: OutputCollector } {
    const out = new OutputCollector({ isTTY: opts.tty ?? false });
    const err = opts.tty ? out : new OutputCollector();
    const stdin = typeof opts.stdin === 'string' ? inputOf(opts.stdin) : opts.stdin;
    if (table.ended) table = newTable();
    const child = table.spawn(argv, { env: { PATH: TEST_PATH, HOME: '/root', ...opts.env }, cwd: opts.cwd ?? '/', stdout: out, stderr: err, ...(stdin ? { stdin } : {}) });
    return { child, stdout: out, stderr: err };
  }

  /** Runs `argv` to completion (virtual time moves as needed). */
  async function run(argv: readonly string[], opts: Parameters<typeof start>[1] = {}): Promise<RunResult> {
    const { child, stdout: out, stderr: err } = start(argv, opts);
    const code = await clock.hold(child.exited);
    return { stdout: out.text(), stderr: opts.tty ? '' : err.text(), code };
  }

  return {
    clock,
    fs,
    network,
    programs,
    /** The current process table. */
    get table() {
      return table;
    },
    start,
    run,
  };
}
