/**
 * @module
 * What each instruction does to the classic build's state (moby `dispatchers.go`), as pure
 * functions: the next config, the comment recorded in the step's command and history, and any
 * note the builder prints. Metadata instructions change only the config; WORKDIR also makes the
 * directory; RUN is described (command, environment, cache and container configs) for the
 * runtime to execute. Instructions must already be variable-expanded (see `expandInstruction`),
 * except EXPOSE, which splits words here as Docker does.
 */
import type { DockerError } from '../../core/errors.js';
import { commandReturnedNonZero, invalidArgument, requiresBuildKit } from '../../core/messages/index.js';
import { goList } from '../go/quote.js';
import { cleanPath, isAbsPath, joinPath } from '../../core/go-path.js';
import type { AddInstruction, CopyInstruction, Instruction, RunInstruction } from '../instructions/types.js';
import type { Env } from '../shell/env.js';
import { envFromList } from '../shell/env.js';
import type { ShellLex } from '../shell/lex.js';
import type { BuildArgs } from './build-args.js';
import { formatCommand, formatHealthConfig, nopCommand, nopCommandString, prependEnvOnCmd } from './history.js';
import { exposedPortKeys } from './ports.js';
import type { RunConfig } from './run-config.js';
import { shellOf } from './run-config.js';
import { validateStopSignal } from './signals.js';

/** The state a classic build carries through a stage. */
export interface StageState {
  /** The config being built. */
  readonly config: RunConfig;
  /** The build args in scope. */
  readonly args: BuildArgs;
  /** MAINTAINER, which becomes the image's Author. */
  readonly maintainer: string;
  /** True once CMD set a command (ENTRYPOINT then keeps it). */
  readonly cmdSet: boolean;
}

/** The effect of a metadata instruction (or WORKDIR). */
export interface MetadataStep {
  /** The state after the step. */
  readonly state: StageState;
  /** The comment recorded for the step (`CMD ["sh"]`). */
  readonly comment: string;
  /** The step's recorded command (the cache compares it): `[shell…, "#(nop) ", comment]`. */
  readonly command: readonly string[];
  /** Lines the builder prints to the build output (`Note: overriding previous HEALTHCHECK: …`). */
  readonly notes: readonly string[];
}

/** The variables a step's arguments are expanded with: ENV first, then args ENV does not shadow. */
export function expansionEnv(state: StageState): Env {
  return envFromList([...state.config.Env, ...state.args.filterAllowed(state.config.Env)]);
}

/** moby `normalizeWorkdir`: a relative WORKDIR is relative to the current one. */
export function normalizeWorkdir(current: string, requested: string): string {
  if (requested === '') throw invalidArgument('cannot normalize nothing');
  return isAbsPath(requested) ? cleanPath(requested) : joinPath('/', current, requested);
}

/** A command line with the stage's shell in front when it is in shell form (moby `resolveCmdLine`). */
export function resolveCommandLine(line: { readonly cmdLine: readonly string[] | null; readonly prependShell: boolean }, config: RunConfig): string[] | null {
  if (line.cmdLine === null) return null;
  return line.prependShell ? [...shellOf(config), ...line.cmdLine] : [...line.cmdLine];
}

/** The instructions {@link applyMetadata} handles: all but RUN, COPY and ADD. */
export type MetadataInstruction = Exclude<Instruction, { instruction: 'RUN' | 'COPY' | 'ADD' }>;

/** Applies a metadata instruction (or WORKDIR's config part). Throws Docker's error for a bad value. */
export function applyMetadata(state: StageState, instruction: MetadataInstruction, lex: ShellLex): MetadataStep {
  const c = state.config;
  const step = (config: RunConfig, comment: string, extra: Partial<StageState> = {}, notes: string[] = []): MetadataStep => {
    const next = { ...state, ...extra, config };
    return { state: next, comment, command: nopCommand(config, comment), notes };
  };
  switch (instruction.instruction) {
    case 'ENV': {
      const env = [...c.Env];
      for (const { key, value } of instruction.env) {
        const at = env.findIndex((e) => e.split('=', 1)[0] === key);
        if (at >= 0) env[at] = `${key}=${value}`;
        else env.push(`${key}=${value}`);
      }
      return step({ ...c, Env: env }, `ENV ${instruction.env.map((p) => `${p.key}=${p.value}`).join(' ')}`);
    }
    case 'LABEL': {
      const labels = { ...(c.Labels ?? {}) };
      for (const { key, value } of instruction.labels) labels[key] = value;
      return step({ ...c, Labels: labels }, `LABEL ${instruction.labels.map((p) => `${p.key}=${p.value}`).join(' ')}`);
    }
    case 'MAINTAINER':
      return step(c, `MAINTAINER ${instruction.maintainer}`, { maintainer: instruction.maintainer });
    case 'ONBUILD':
      return step({ ...c, OnBuild: [...(c.OnBuild ?? []), instruction.expression] }, `ONBUILD ${instruction.expression}`);
    case 'CMD': {
      const cmd = resolveCommandLine(instruction, c) ?? [];
      return step({ ...c, Cmd: cmd, ArgsEscaped: false }, `CMD ${formatCommand(cmd)}`, { cmdSet: state.cmdSet || (instruction.cmdLine?.length ?? 0) > 0 });
    }
    case 'ENTRYPOINT': {
      const entrypoint = resolveCommandLine(instruction, c);
      const config = { ...c, Entrypoint: entrypoint, ArgsEscaped: false, Cmd: state.cmdSet ? c.Cmd : null };
      return step(config, `ENTRYPOINT ${formatCommand(entrypoint)}`);
    }
    case 'HEALTHCHECK': {
      const old = c.Healthcheck?.Test ?? [];
      const notes = old.length > 0 && old[0] !== 'NONE' ? [`Note: overriding previous HEALTHCHECK: ${goList(old)}\n`] : [];
      return step({ ...c, Healthcheck: instruction.health }, `HEALTHCHECK ${formatHealthConfig(instruction.health)}`, {}, notes);
    }
    case 'EXPOSE': {
      // The one instruction whose variables expand to several words.
      const env = expansionEnv(state);
      const ports = instruction.ports.flatMap((p) => lex.processWords(p, env));
      const exposed = { ...(c.ExposedPorts ?? {}) };
      for (const key of ports.flatMap(exposedPortKeys)) exposed[key] = {};
      return step({ ...c, ExposedPorts: exposed }, `EXPOSE ${ports.join(' ')}`);
    }
    case 'USER':
      return step({ ...c, User: instruction.user }, `USER ${instruction.user}`);
    case 'VOLUME': {
      const volumes = { ...(c.Volumes ?? {}) };
      for (const v of instruction.volumes) volumes[v] = {};
      return step({ ...c, Volumes: volumes }, `VOLUME ${goList(instruction.volumes)}`);
    }
    case 'STOPSIGNAL':
      validateStopSignal(instruction.signal);
      return step({ ...c, StopSignal: instruction.signal }, `STOPSIGNAL ${instruction.signal}`);
    case 'ARG': {
      let args = state.args;
      for (const a of instruction.args) args = args.addArg(a.key, a.value);
      const text = instruction.args.map((a) => (a.value === undefined ? a.key : `${a.key}=${a.value}`)).join(' ');
      return step(c, `ARG ${text}`, { args });
    }
    case 'SHELL':
      return step({ ...c, Shell: [...instruction.shell] }, `SHELL ${goList(instruction.shell)}`);
    case 'WORKDIR': {
      const workdir = normalizeWorkdir(c.WorkingDir, instruction.path);
      const config = { ...c, WorkingDir: workdir };
      const comment = `WORKDIR ${workdir}`;
      return { state: { ...state, config }, comment, command: nopCommandString(config, comment), notes: [] };
    }
  }
}

/**
 * The classic builder's check of COPY/ADD flags: `--chmod` needs BuildKit; `--link`,
 * `--parents`, `--exclude`, `--checksum`, `--keep-git-dir` and `--unpack` are silently ignored.
 */
export function checkClassicCopy(instruction: CopyInstruction | AddInstruction): void {
  if (instruction.chmod !== '') throw requiresBuildKit('chmod');
}

/** How to run a RUN step (moby `dispatchRun`). */
export interface RunStep {
  /** The command the container runs (`["/bin/sh", "-c", "npm ci"]`). */
  readonly cmd: readonly string[];
  /** The command recorded in history and compared by the cache (`|1 V=2 /bin/sh -c …` with args). */
  readonly savedCmd: readonly string[];
  /** The config the cache compares and the image records as its ContainerConfig. */
  readonly cacheConfig: RunConfig;
  /** The temporary container's config: build args in Env, no entrypoint, no healthcheck. */
  readonly containerConfig: RunConfig;
  /** The build failure for a non-zero exit: `The command '…' returned a non-zero code: N`. */
  readonly failure: (exitCode: number) => DockerError;
  /** RUN flags accepted without effect (`buildKitFlags: 'ignore'`), for a warning line. */
  readonly ignoredFlags: readonly string[];
}

/** Options of {@link planRun}. */
export interface PlanRunOptions {
  /**
   * What to do with `--mount`, `--network`, `--security`: `error` (Docker's classic builder:
   * `the --mount option requires BuildKit…`) or `ignore` (run without them and warn).
   */
  readonly buildKitFlags?: 'error' | 'ignore';
}

/** Describes a RUN; by default throws the classic builder's `the --mount option requires BuildKit…` for flags. */
export function planRun(state: StageState, run: RunInstruction, options: PlanRunOptions = {}): RunStep {
  if (run.flagsUsed.length > 0 && options.buildKitFlags !== 'ignore') throw requiresBuildKit(run.flagsUsed[0]!);
  const c = state.config;
  const cmd = resolveCommandLine(run, c) ?? [];
  const buildArgs = state.args.filterAllowed(c.Env);
  const savedCmd = buildArgs.length > 0 ? prependEnvOnCmd(state.args, buildArgs, cmd) : cmd;
  const cacheConfig: RunConfig = { ...c, Cmd: savedCmd, ArgsEscaped: false, Entrypoint: savedCmd.length > 0 ? null : c.Entrypoint };
  const containerConfig: RunConfig = {
    ...c,
    Cmd: cmd,
    ArgsEscaped: false,
    Env: [...c.Env, ...buildArgs],
    Entrypoint: savedCmd.length > 0 ? [''] : c.Entrypoint,
    Healthcheck: { Test: ['NONE'], Interval: 0, Timeout: 0, StartPeriod: 0, StartInterval: 0, Retries: 0 },
  };
  return { cmd, savedCmd, cacheConfig, containerConfig, failure: (code) => commandReturnedNonZero(cmd.join(' '), code), ignoredFlags: run.flagsUsed };
}
