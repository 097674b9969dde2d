import { createWorld, humanSizeWithPrecision, type JsonMessage } from 'dockersim';

const world = createWorld({ seed: 7 });
const docker = world.client();

// What `docker pull` prints without a terminal: one line per status, progress bars dropped.
async function show(stream: AsyncIterable<JsonMessage>): Promise<void> {
  for await (const m of stream) {
    if (m.progress || m.aux) continue;
    console.log(m.error ?? (m.id ? `${m.id}: ${m.status}` : m.status));
  }
}

await show(docker.imagePull({ fromImage: 'alpine', tag: 'latest' }));
// node:18-alpine shares alpine's base layer: only the other three are fetched.
await show(docker.imagePull({ fromImage: 'node', tag: '18-alpine' }));

for (const image of await docker.imageList()) {
  console.log(image.RepoTags.join(', '), image.Id.slice(7, 19), humanSizeWithPrecision(image.Size, 3));
}

// A private registry: tag and push; a registry that has never seen these layers gets all four.
world.registry('localhost:5000');
await docker.imageTag('node:18-alpine', { repo: 'localhost:5000/node', tag: '18' });
await show(docker.imagePush('localhost:5000/node', { tag: '18' }));
console.log(`${(world.clock.now() - Date.UTC(2025, 0, 1)) / 1000} s of virtual time`);
