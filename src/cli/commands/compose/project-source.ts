/**
 * @module
 * How `docker compose` finds its project on the CLI's machine: compose files from `-f` (or
 * `COMPOSE_FILE`, or discovery from the working directory upwards) read from the host's file
 * system, `.env`/`--env-file`, `-p`/`COMPOSE_PROJECT_NAME`, `--profile`, `--project-directory`;
 * and a bare project (name only) for commands like `down -p x` run where there is no file.
 */
import { ComposeError, noConfigurationFile } from '../../../core/messages/compose.js';
import { project as composeProject, type ComposeApp, type BuildContextReader } from '../../../compose/index.js';
import { loadProject } from '../../../compose/load/load-project.js';
import type { ComposeFileReader } from '../../../compose/load/files.js';
import type { ComposeProject } from '../../../compose/model/project.js';
import { FsError, type ProcessFs } from '../../../programs/types.js';
import type { ProgressMode } from '../../../compose/engine/progress.js';
import type { DockerCli } from '../../invocation.js';
import type { ParsedFlags } from '../../grammar/parsed-flags.js';

const decoder = new TextDecoder();

/** The host's files as Compose's reader. */
export function hostReader(fs: ProcessFs): ComposeFileReader {
  return {
    readFile: (path) => {
      try {
        return fs.stat(path).kind === 'file' ? decoder.decode(fs.readFile(path)) : undefined;
      } catch (e) {
        if (e instanceof FsError) return undefined;
        throw e;
      }
    },
    isDirectory: (path) => {
      try {
        return fs.stat(path).kind === 'directory';
      } catch {
        return false;
      }
    },
  };
}

/** Reads a build context directory of the host into files (relative path → bytes). */
export function hostBuildContext(fs: ProcessFs): BuildContextReader {
  return (dir) => {
    const files: Record<string, Uint8Array> = {};
    const walk = (abs: string, rel: string) => {
      for (const name of fs.readdir(abs)) {
        const path = `${abs === '/' ? '' : abs}/${name}`;
        const relative = rel === '' ? name : `${rel}/${name}`;
        const stat = fs.stat(path);
        if (stat.kind === 'directory') walk(path, relative);
        else files[relative] = fs.readFile(path);
      }
    };
    walk(dir, '');
    return { files };
  };
}

/** An empty project called `name` (what Compose uses with `-p` and no file). */
export function bareProject(name: string, workingDir: string): ComposeProject {
  return { name, workingDir, composeFiles: [], environment: {}, services: {}, disabledServices: {}, profiles: [], networks: {}, volumes: {}, secrets: {}, configs: {} };
}

/** Options of {@link openProject}. */
export interface OpenOptions {
  /** The command works without a file when `-p` is given (down, ps, logs, stop…). */
  readonly nameOnly?: boolean;
  /** Services named on the command line (loading restricts profiles to them). */
  readonly services?: readonly string[];
}

/** The project of this command line, bound to the CLI's client. */
export function openProject(cli: DockerCli, globals: ParsedFlags, options: OpenOptions = {}): ComposeApp {
  const host = cli.host;
  const cwd = host?.cwd ?? '/';
  const projectName = globals.string('project-name') || undefined;
  const progress = (globals.string('progress') || (globals.string('ansi') === 'never' ? 'plain' : 'auto')) as ProgressMode;
  const io = {
    stdout: cli.out,
    stderr: cli.err,
    progress,
    now: () => cli.now(),
    columns: cli.columns,
    ...(cli.signal ? { signal: cli.signal } : {}),
    ...(host ? { buildContext: hostBuildContext(host.fs) } : {}),
  };
  const files = globals.list('file');
  try {
    const loaded = loadProject({
      workingDir: cwd,
      ...(files.length > 0 ? { files } : {}),
      ...(host ? { reader: hostReader(host.fs) } : {}),
      env: cli.env,
      ...(globals.list('env-file').length > 0 ? { envFiles: globals.list('env-file') } : {}),
      ...(projectName ? { projectName } : {}),
      ...(globals.list('profile').length > 0 ? { profiles: globals.list('profile') } : {}),
      ...(globals.string('project-directory') ? { projectDirectory: globals.string('project-directory') } : {}),
      ...(globals.bool('all-resources') ? { allResources: true } : {}),
    });
    for (const w of loaded.warnings) cli.err.write(`WARN[0000] ${w}\n`);
    return composeProject(cli.client, loaded.project, io);
  } catch (e) {
    const noFile = e instanceof ComposeError && e.message === noConfigurationFile().message;
    const name = projectName ?? cli.env['COMPOSE_PROJECT_NAME'];
    if (noFile && options.nameOnly && name) return composeProject(cli.client, bareProject(name, cwd), io);
    throw e;
  }
}
