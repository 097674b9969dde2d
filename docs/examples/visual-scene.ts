import { createWorld, sceneOf, type SceneNode } from 'dockersim';
import { runDocker } from 'dockersim/cli';

// A world with a little going on: an app on a user network, with a volume and a published port.
const world = createWorld({ seed: 42 });
const options = { client: world.client(), now: () => world.clock.now() };
for (const line of [
  'docker network create shop',
  'docker volume create orders',
  'docker run -d --name api --network shop -p 8080:80 -v orders:/data alpine sleep 1000',
  'docker run --name once alpine true',
]) await runDocker(line, options);

// The scene: plain nodes and edges with stable ids, derived from the state alone.
const scene = sceneOf(world.store.state);
const describe = (n: SceneNode): string => {
  switch (n.kind) {
    case 'image':
      return `${n.label}, ${n.layers.length} layer(s), used by ${n.containers}`;
    case 'container': {
      const published = n.ports.filter((p) => p.hostIp === '0.0.0.0').map((p) => ` ${p.hostIp}:${p.hostPort}->${p.containerPort}/${p.protocol}`);
      return `${n.label}: ${n.status}${n.status === 'exited' ? ` (${n.exitCode})` : ''}${published.join('')}`;
    }
    case 'network':
      return `${n.label} (${n.driver}${n.subnet ? ` ${n.subnet}` : ''})`;
    default:
      return n.label;
  }
};
for (const node of scene.nodes.filter((n) => n.kind !== 'layer')) console.log(`${node.kind.padEnd(9)} ${describe(node)}`);

// Edges say how they relate: which image a container uses, where it is connected, what it mounts.
const label = (id: string) => scene.nodes.find((n) => n.id === id)?.label;
for (const edge of scene.edges.filter((e) => e.kind !== 'layer')) {
  console.log(`${label(edge.from)} -${edge.kind}-> ${label(edge.to)}${edge.label ? ` [${edge.label}]` : ''}${edge.active ? '' : ' (inactive)'}`);
}
