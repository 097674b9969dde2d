import { createWorld, watchScene } from 'dockersim';
import { runDocker } from 'dockersim/cli';

const world = createWorld({ seed: 42 });
const options = { client: world.client(), now: () => world.clock.now() };
await runDocker('docker pull alpine', options);

// A live scene: one update per commit that changes the picture, with its diff and its events.
const watch = watchScene(world, ({ diff, events }) => {
  const what = [
    ...diff.added.map((n) => `+${n.kind} ${n.label}`),
    ...diff.removed.map((n) => `-${n.kind} ${n.label}`),
    ...diff.changed.map((c) => `~${c.after.kind} ${c.after.label} (${c.fields.join(', ')})`),
    ...diff.edgesAdded.map((e) => `+${e.kind}${e.label ? ` ${e.label}` : ''}`),
    ...diff.edgesRemoved.map((e) => `-${e.kind}`),
    ...diff.edgesChanged.map((c) => `~${c.after.kind} ${c.after.active ? 'active' : 'inactive'}`),
  ];
  console.log(`[${events.map((e) => `${e.event.Type} ${e.event.Action}`).join(', ')}] ${what.join('; ')}`.trimEnd());
});

await runDocker('docker run -d --name web -p 8080:80 alpine sleep 1000', options);
await runDocker('docker stop -t 1 web', options);
await runDocker('docker rm web', options);
watch.stop();
