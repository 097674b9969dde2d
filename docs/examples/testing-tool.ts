import { createWorld, isDockerError, type DockerClient } from 'dockersim';

// The code under test: a deploy step that makes sure one named container runs an image.
async function ensureRunning(docker: DockerClient, name: string, image: string): Promise<string> {
  try {
    const found = await docker.containerInspect(name);
    if (found.State.Running) return `${name}: already running`;
    await docker.containerStart(name);
    return `${name}: restarted (was ${found.State.Status})`;
  } catch (error) {
    if (!isDockerError(error, 'NotFound')) throw error;
  }
  for await (const _ of docker.imagePull({ fromImage: image })) {
    // progress messages; a real tool would show them
  }
  await docker.containerCreate({ Image: image, Cmd: ['sleep', '3600'] }, { name });
  await docker.containerStart(name);
  return `${name}: created from ${image}`;
}

// Each test gets its own seeded world: no daemon, no network, microseconds per operation.
const world = createWorld({ seed: 1 });
const docker = world.client();

console.log(await ensureRunning(docker, 'worker', 'alpine:3.19'));
console.log(await ensureRunning(docker, 'worker', 'alpine:3.19'));

// Put the world in the state you want to test from, then run the tool again. `sleep` as PID 1
// ignores SIGTERM, so Docker waits its 10 s and kills: virtual seconds, returned at once.
const before = world.clock.now();
await docker.containerStop('worker');
const stopped = await docker.containerInspect('worker');
console.log(`stopped after ${(world.clock.now() - before) / 1000} s, exit code ${stopped.State.ExitCode}`);
console.log(await ensureRunning(docker, 'worker', 'alpine:3.19'));

// Failures are Docker's own: the kind (HTTP status on the wire) and the exact message.
try {
  await ensureRunning(docker, 'Bad Name', 'alpine:3.19');
} catch (error) {
  if (isDockerError(error)) console.log(`${error.kind}: ${error.message}`);
}

// Nothing was half-done by the failed call: the world holds exactly one container.
const all = await docker.containerList({ all: true });
console.log(all.map((c) => `${c.Names[0]} ${c.State} (${c.Status})`).join(', '));
world.dispose();
