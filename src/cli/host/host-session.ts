/**
 * @module
 * A shell on a simulated host — what `dockersim` opens: the host's own userland and files, its
 * network namespace, and `docker` / `docker-compose` / `curl` / `open` on the PATH, all running
 * as processes on the world's clock. A session runs one bash (PID 2 under a small init, as on a
 * machine): interactively on a terminal (prompt, Ctrl-C for the foreground job), or over a
 * script it reads as bash reads a script from a pipe, ending with the script's last status.
 */
import { Random } from '../../core/random.js';
import { ProcessTable } from '../../programs/process/table.js';
import type { ProgramRegistry } from '../../programs/registry.js';
import { inputOf } from '../../programs/process/streams.js';
import type { ChildProcess, ProcessInput, ProcessOutput, Program } from '../../programs/types.js';
import type { World } from '../../world/world.js';
import type { CliConfig, CliContext } from '../invocation.js';
import { dockerHostProgram } from './host-programs.js';
import { hostNet } from './host-net.js';
import { installUserland } from './userland.js';

/** Options of a {@link HostSession}. */
export interface HostSessionOptions {
  /** The world's host the shell runs on (default the `default` host). */
  readonly host?: string;
  /** Working directory of the shell (default `/root`); created when missing. */
  readonly cwd?: string;
  /** Extra environment of the shell. */
  readonly env?: { readonly [name: string]: string };
  /** Docker contexts besides `default` (default: the world's other hosts). */
  readonly contexts?: readonly CliContext[];
}

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A shell session on one simulated host. */
export class HostSession {
  readonly world: World;
  /** The programs the host can run: the world's, plus the host's own clients. */
  readonly programs: ProgramRegistry;
  /** The docker CLI's configuration for this session (its current context). */
  readonly config: CliConfig = {};
  readonly #hostName: string;
  readonly #cwd: string;
  readonly #env: { readonly [name: string]: string };
  #table: ProcessTable | undefined;
  #shellPid = 0;

  constructor(world: World, options: HostSessionOptions = {}) {
    this.world = world;
    this.#hostName = options.host ?? 'default';
    const host = world.host(this.#hostName);
    const client = host.client();
    this.programs = world.programs.fork();
    // The world's other hosts are docker contexts, as remote engines would be.
    const contexts = options.contexts ?? world.hosts().filter((h) => h.name !== this.#hostName).map((h) => ({ name: h.name, description: `simulated host ${h.name}`, endpoint: `tcp://${h.state.hostname}:2375`, client: h.client() }));
    this.programs.define('docker-host', dockerHostProgram({ client, config: this.config, now: () => world.clock.now(), ...(contexts ? { contexts } : {}) }));
    this.#cwd = options.cwd ?? '/root';
    this.#env = options.env ?? {};
    installUserland(host.fs, host.state.hostname);
    if (!host.fs.exists(this.#cwd)) host.fs.mkdir(this.#cwd, { recursive: true });
  }

  /** The host's hostname (the prompt's `\h`). */
  get hostname(): string {
    return this.world.host(this.#hostName).state.hostname;
  }

  /** Starts bash under an init on `stdio`; resolves with the shell's exit status. */
  #start(args: readonly string[], stdin: ProcessInput, stdout: ProcessOutput, stderr: ProcessOutput): ChildProcess {
    const host = this.world.host(this.#hostName);
    const env = { PATH, HOME: '/root', USER: 'root', LOGNAME: 'root', SHELL: '/bin/bash', PWD: this.#cwd, ...(stdout.isTTY ? { TERM: 'xterm-256color' } : {}), ...this.#env };
    const table = new ProcessTable({ fs: host.fs, net: hostNet(host), clock: this.world.clock, random: new Random(`${String(this.world.seed)}:${this.#hostName}:shell`), programs: this.programs, hostname: host.state.hostname });
    this.#table = table;
    const init: Program = async (ctx) => {
      const shell = ctx.exec(['bash', ...args], { env, cwd: this.#cwd, stdin, stdout, stderr });
      this.#shellPid = shell.pid;
      return shell.exited;
    };
    this.programs.define('dockersim-init', init);
    host.fs.writeFile('/sbin/init', '#!dockersim dockersim-init\n', { mode: 0o755 });
    return table.spawn(['/sbin/init'], { env, cwd: '/' });
  }

  /**
   * Runs `script` as bash runs a script piped to it (`bash < script`): each command in turn,
   * the script itself as the shell's stdin. Resolves with the last command's status.
   */
  async runScript(script: string, stdout: ProcessOutput, stderr: ProcessOutput): Promise<number> {
    const init = this.#start([], inputOf(script), stdout, stderr);
    return this.world.clock.hold(init.exited);
  }

  /** Runs an interactive bash on a terminal; resolves with its exit status (`exit`, Ctrl-D). */
  interactive(terminal: ProcessInput, output: ProcessOutput): Promise<number> {
    return this.#start(['-i'], terminal, output, output).exited;
  }

  /** The foreground job's processes: everything the shell started that still runs. */
  foreground(): number[] {
    const procs = this.#table?.list() ?? [];
    const below = new Set([this.#shellPid]);
    const out: number[] = [];
    for (const p of procs) {
      if (below.has(p.ppid)) {
        below.add(p.pid);
        out.push(p.pid);
      }
    }
    return out;
  }

  /** Ctrl-C: SIGINT to the foreground job; false when the shell itself is waiting at its prompt. */
  interrupt(): boolean {
    const job = this.foreground();
    for (const pid of job) this.#table?.signal(pid, 'SIGINT');
    return job.length > 0;
  }
}
