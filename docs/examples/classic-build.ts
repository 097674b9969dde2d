import { createWorld } from 'dockersim';

// A classic build (DOCKER_BUILDKIT=0) on a simulated daemon: the base image is pulled from the
// simulated Docker Hub, RUN runs in a temporary container, and a rebuild is all cache hits.
const world = createWorld({ seed: 1 });
const docker = world.client();
const files = {
  Dockerfile: 'FROM alpine\nWORKDIR /app\nCOPY greeting.txt .\nRUN echo building in $(pwd)\nCMD ["cat", "/app/greeting.txt"]\n',
  'greeting.txt': 'hello from the build\n',
};

for (const attempt of ['first', 'again']) {
  let log = '';
  for await (const m of docker.imageBuild({ files }, { tags: ['greeter'] })) log += m.stream ?? m.error ?? '';
  console.log(`--- ${attempt}`);
  console.log(log.replace(/[0-9a-f]{12}/g, '<id>').trimEnd());
}
