import { createWorld, diffScenes, sceneOf, type WorldState } from 'dockersim';
import { runDocker } from 'dockersim/cli';

const world = createWorld({ seed: 42 });
const options = { client: world.client(), now: () => world.clock.now() };

// Every commit hands over the new state; states are immutable and share structure, so keeping
// one per Docker event is cheap. This is the timeline a replay slider scrubs through.
const start = world.store.state;
const timeline: { what: string; state: WorldState }[] = [];
world.onCommit((commit) => {
  for (const { event } of commit.events) timeline.push({ what: `${event.Type} ${event.Action}`, state: commit.state });
});

await runDocker('docker volume create notes', options);
await runDocker('docker run --name writer -v notes:/notes alpine sh -c "echo hi > /notes/a"', options);
await runDocker('docker rm writer', options);
const saved = world.save();
await runDocker('docker volume rm notes', options);

// Replay: the scene of any past state, and what changed from one step to the next.
let previous = sceneOf(start);
for (const step of timeline) {
  const scene = sceneOf(step.state);
  const diff = diffScenes(previous, scene);
  const names = [...diff.added.map((n) => `+${n.kind === 'layer' ? 'layer ' : ''}${n.label}`), ...diff.removed.map((n) => `-${n.label}`), ...diff.changed.map((c) => `~${c.after.label}`)];
  console.log(`${step.what.padEnd(18)} ${names.join(' ')}`.trimEnd());
  previous = scene;
}

// A saved world is plain JSON; loading it brings the picture back as it was when saved.
const restored = createWorld({ from: JSON.parse(JSON.stringify(saved)) });
const volumes = (state: WorldState) => sceneOf(state).nodes.filter((n) => n.kind === 'volume').map((n) => n.label);
console.log(`now: ${JSON.stringify(volumes(world.store.state))}, saved: ${JSON.stringify(volumes(restored.store.state))}`);
