/**
 * @module
 * The grammar of `docker image build` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { validateEnv, validateExtraHost, validateLabel } from '../../grammar/validators.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

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
    flag.list('tag', 't', 'Name and optionally a tag in the "name:tag" format'),
    flag.string('target', '', 'Set the target build stage to build.'),
    flag.list('ulimit', '', 'Ulimit options', { def: '[]', type: 'ulimit' }),
  ],
};
