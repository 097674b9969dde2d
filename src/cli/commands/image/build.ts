/**
 * @module
 * `docker image build` / `docker build` (docker CLI 28.2): its grammar, and the handler driving
 * the legacy builder as docker 28 does without buildx — the context from the host's files (its
 * `.dockerignore` applied) or stdin, `-t`, `-f`, `--target`, `--build-arg`, `--label`,
 * `--no-cache`, `--pull`, `-q`, `--iidfile`; the `DEPRECATED: The legacy builder…` notice comes
 * from the builder selection in execute.ts.
 */
import { exactArgs } from '../../grammar/args.js';
import { validateEnv, validateExtraHost, validateLabel } from '../../grammar/validators.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import type { AuthConfig } from '../../../registry/auth.js';
import { StatusError } from '../../errors.js';
import { displayJsonMessages, JsonStreamError } from '../../format/json-stream.js';
import { humanSize } from '../../format/units.js';
import { FlagValueError, type FlagValidator } from '../../grammar/flag.js';
import { goPathError, hostOf, hostPath } from '../../host-files.js';
import { CollectedOutput } from '../../io.js';
import { normalizedNamed } from '../../references.js';
import { prepareContext } from './build-context.js';

/** docker/cli `validateTag`: `-t` must be a valid reference. */
const validateTag: FlagValidator = (value) => {
  try {
    normalizedNamed(value);
  } catch (error) {
    throw new FlagValueError((error as Error).message);
  }
  return value;
};

/** `NAME=value` pairs into a map; a bare `NAME` (unset in the CLI's environment) maps to null. */
function buildArgs(list: readonly string[]): { [name: string]: string | null } {
  const out: { [name: string]: string | null } = {};
  for (const kv of list) {
    const eq = kv.indexOf('=');
    if (eq < 0) out[kv] = null;
    else out[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return out;
}

/** Every login the client keeps, by server address (`X-Registry-Config`). */
function authConfigs(cli: Invocation['cli']): { [server: string]: AuthConfig } {
  const out: { [server: string]: AuthConfig } = {};
  for (const host of cli.client.credentials.servers()) {
    const auth = cli.client.credentials.get(host);
    if (auth) out[auth.serveraddress ?? host] = auth;
  }
  return out;
}

/**
 * `docker build` with the legacy builder: the context (a directory of the host's files, or
 * stdin), `Sending build context to Docker daemon`, the daemon's step output as it streams;
 * `-q` prints only the image id, `--iidfile` writes it; a failed step ends with its message and
 * exit code.
 */
async function runBuild({ cli, args, flags }: Invocation): Promise<void> {
  const quiet = flags.bool('quiet');
  const iidfile = flags.string('iidfile');
  const context = await prepareContext(cli, args[0]!, flags.string('file'));
  // Quiet builds keep the progress and the daemon's output for a failure report.
  const progress = quiet ? new CollectedOutput() : cli.out;
  const output = quiet ? new CollectedOutput() : cli.out;
  if (iidfile !== '') {
    const host = hostOf(cli);
    host.fs.rm(hostPath(host, iidfile), { force: true });
  }
  progress.write(`Sending build context to Docker daemon ${humanSize(context.size).padStart(8)}\r\r\n`);
  const labels: { [key: string]: string } = {};
  for (const kv of flags.list('label')) {
    const eq = kv.indexOf('=');
    labels[eq < 0 ? kv : kv.slice(0, eq)] = eq < 0 ? '' : kv.slice(eq + 1);
  }
  const target = flags.string('target');
  const platform = flags.string('platform');
  let imageId = '';
  const messages = cli.client.imageBuild(context.input, {
    dockerfile: context.dockerfile,
    tags: flags.list('tag'),
    buildArgs: buildArgs(flags.list('build-arg')),
    labels,
    ...(target !== '' ? { target } : {}),
    noCache: flags.bool('no-cache'),
    pull: flags.bool('pull'),
    quiet,
    rm: flags.bool('rm'),
    forceRm: flags.bool('force-rm'),
    ...(platform !== '' ? { platform } : {}),
    authConfigs: authConfigs(cli),
  });
  try {
    await displayJsonMessages(messages, output, {
      terminal: cli.out.isTTY,
      columns: cli.columns,
      onAux: (m) => {
        const id = (m.aux as { readonly ID?: unknown } | null)?.ID;
        if (typeof id === 'string') imageId = id;
      },
    });
  } catch (error) {
    const failure = error instanceof JsonStreamError ? error : undefined;
    if (quiet) cli.err.write(`${(progress as CollectedOutput).text}${(output as CollectedOutput).text}`);
    if (failure) throw new StatusError(failure.message, failure.code === 0 ? 1 : failure.code);
    throw error;
  }
  if (quiet) {
    imageId = (output as CollectedOutput).text;
    cli.out.write(imageId);
  }
  if (iidfile !== '') {
    if (imageId === '') throw new Error(`Server did not provide an image ID. Cannot write ${iidfile}`);
    const host = hostOf(cli);
    try {
      host.fs.writeFile(hostPath(host, iidfile), imageId, { mode: 0o644 });
    } catch (e) {
      throw goPathError('open', iidfile, e);
    }
  }
}

/** `docker image build`: Build an image from a Dockerfile */
export const buildCommand: DockerCommand = {
  use: 'build [OPTIONS] PATH | URL | -',
  short: 'Build an image from a Dockerfile',
  aliasesText: 'docker image build, docker build, docker builder build',
  args: exactArgs(1),
  annotations: { categoryTop: 4 },
  flags: [
    flag.list('add-host', '', 'Add a custom host-to-IP mapping ("host:ip")', { validate: validateExtraHost }),
    flag.list('build-arg', '', 'Set build-time variables', { validate: validateEnv }),
    flag.strings('cache-from', '', 'Images to consider as cache sources'),
    flag.string('cgroup-parent', '', 'Set the parent cgroup for the "RUN" instructions during build'),
    flag.bool('compress', '', 'Compress the build context using gzip'),
    flag.int('cpu-period', '', 'Limit the CPU CFS (Completely Fair Scheduler) period'),
    flag.int('cpu-quota', '', 'Limit the CPU CFS (Completely Fair Scheduler) quota'),
    flag.int('cpu-shares', 'c', 'CPU shares (relative weight)'),
    flag.string('cpuset-cpus', '', 'CPUs in which to allow execution (0-3, 0,1)'),
    flag.string('cpuset-mems', '', 'MEMs in which to allow execution (0-3, 0,1)'),
    flag.bool('disable-content-trust', '', 'Skip image verification', { def: 'true' }),
    flag.string('file', 'f', 'Name of the Dockerfile (Default is "PATH/Dockerfile")'),
    flag.bool('force-rm', '', 'Always remove intermediate containers'),
    flag.string('iidfile', '', 'Write the image ID to the file'),
    flag.string('isolation', '', 'Container isolation technology'),
    flag.list('label', '', 'Set metadata for an image', { validate: validateLabel }),
    flag.bytes('memory', 'm', 'Memory limit'),
    flag.memswap('memory-swap', '', 'Swap limit equal to memory plus swap: -1 to enable unlimited swap'),
    flag.string('network', '', 'Set the networking mode for the RUN instructions during build', { def: 'default' }),
    flag.bool('no-cache', '', 'Do not use cache when building the image'),
    flag.string('platform', '', 'Set platform if server is multi-platform capable'),
    flag.bool('pull', '', 'Always attempt to pull a newer version of the image'),
    flag.bool('quiet', 'q', 'Suppress the build output and print image ID on success'),
    flag.bool('rm', '', 'Remove intermediate containers after a successful build', { def: 'true' }),
    flag.strings('security-opt', '', 'Security options'),
    flag.bytes('shm-size', '', 'Size of "/dev/shm"'),
    flag.bool('squash', '', 'Squash newly built layers into a single new layer', { annotations: { experimental: true } }),
    flag.list('tag', 't', 'Name and optionally a tag in the "name:tag" format', { validate: validateTag }),
    flag.string('target', '', 'Set the target build stage to build.'),
    flag.list('ulimit', '', 'Ulimit options', { def: '[]', type: 'ulimit' }),
  ],
  run: runBuild,
};
