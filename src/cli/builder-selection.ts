/**
 * @module
 * cmd/docker's builder selection (`processBuilder`) for `build`, `builder`, `image build` and
 * `bake`: the docker 28 CLI has no buildx plugin here, so builds fall back to the legacy builder
 * with docker's `DEPRECATED: The legacy builder…` notice on stderr (another notice when
 * `DOCKER_BUILDKIT=0`); `DOCKER_BUILDKIT=1` and `docker bake` fail without buildx.
 */
import { parseGoBool } from './grammar/go-strconv.js';
import type { DockerCli } from './invocation.js';

const BUILDX_MISSING_WARNING = `DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            Install the buildx component to build images with BuildKit:
            https://docs.docker.com/go/buildx/`;
const BUILDKIT_DISABLED_WARNING = `DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0
            environment-variable.`;
const BUILDX_MISSING_ERROR = `ERROR: BuildKit is enabled but the buildx component is missing or broken.
       Install the buildx component to build images with BuildKit:
       https://docs.docker.com/go/buildx/`;
const BAKE_MISSING_ERROR = `ERROR: docker bake requires the buildx component but it is missing or broken.
       Install the buildx component to use bake:
       https://docs.docker.com/go/buildx/`;

/** True when the words (after the global options) name a command docker forwards to buildx. */
function forwarded(args: readonly string[]): boolean {
  return args[0] === 'bake' || args[0] === 'builder' || args[0] === 'build' || (args[0] === 'image' && args[1] === 'build');
}

/** Applies docker's builder selection to a command line; throws docker's error when it cannot build. */
export function selectBuilder(cli: DockerCli, args: readonly string[]): void {
  const env = cli.env['DOCKER_BUILDKIT'] ?? '';
  let disabled = false;
  let enforced = false;
  if (env !== '') {
    let enabled: boolean;
    try {
      enabled = parseGoBool(env);
    } catch (error) {
      throw new Error(`DOCKER_BUILDKIT environment variable expects boolean value: ${(error as Error).message}`);
    }
    disabled = !enabled;
    enforced = enabled;
  }
  if (disabled && args[0] === 'bake') disabled = false;
  if (!forwarded(args)) return;
  if (disabled) {
    cli.err.write(`${BUILDKIT_DISABLED_WARNING}\n\n`);
    return;
  }
  if (args[0] === 'bake') throw new Error(BAKE_MISSING_ERROR);
  if (enforced) throw new Error(BUILDX_MISSING_ERROR);
  cli.err.write(`${BUILDX_MISSING_WARNING}\n\n`);
}
