/**
 * @module
 * The classic builder's temporary containers (moby `containerManager`, `Builder.create`): one per
 * step that misses the cache (except COPY/ADD), created from the current image with the step's
 * config (` ---> Running in <12 hex>`), run for RUN with its output streamed into the build log
 * (stderr in red), committed, then removed (` ---> Removed intermediate container <12 hex>`).
 */
import type { ContainerService } from '../../container/service.js';
import type { JsonMessage } from '../../image/json-message.js';
import { legacy } from '../plan/legacy-stream.js';
import type { RunConfig } from '../plan/run-config.js';

/** Creates the step's container from image `imageId` (`""` for scratch) and says so. */
export function createStepContainer(containers: ContainerService, config: RunConfig, imageId: string, out: (m: JsonMessage) => void): string {
  const created = containers.create({
    Image: imageId,
    Env: config.Env,
    Cmd: config.Cmd,
    Entrypoint: config.Entrypoint,
    WorkingDir: config.WorkingDir,
    User: config.User,
    Labels: config.Labels ?? {},
    OnBuild: config.OnBuild,
    Shell: config.Shell,
    ArgsEscaped: config.ArgsEscaped,
    ...(config.StopSignal ? { StopSignal: config.StopSignal } : {}),
    ...(config.Healthcheck ? { Healthcheck: config.Healthcheck } : {}),
    ...(config.ExposedPorts ? { ExposedPorts: config.ExposedPorts } : {}),
    ...(config.Volumes ? { Volumes: config.Volumes } : {}),
    // moby's builder sets log driver none: the log is the build output.
    HostConfig: { LogConfig: { Type: 'none', Config: {} } },
  });
  for (const warning of created.Warnings) out(legacy.createWarning(warning));
  out(legacy.runningIn(created.Id));
  return created.Id;
}

/** Runs a RUN step's container to its end, streaming its output; resolves to the exit code. */
export async function runStepContainer(containers: ContainerService, id: string, out: (m: JsonMessage) => void): Promise<number> {
  const attached = containers.attach(id, { stdout: true, stderr: true, stream: true });
  containers.start(id);
  const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  for await (const chunk of attached.output) {
    const stream = chunk.stream === 'stderr' ? 'stderr' : 'stdout';
    const text = decoders[stream].decode(chunk.data, { stream: true });
    if (text !== '') out(stream === 'stderr' ? legacy.stderr(text) : legacy.output(text));
  }
  return (await containers.wait(id)).StatusCode;
}

/** Removes a step's container and says so. */
export async function removeStepContainer(containers: ContainerService, id: string, out: (m: JsonMessage) => void): Promise<void> {
  await containers.remove(id, { force: true, volumes: true });
  out(legacy.removedIntermediate(id));
}
