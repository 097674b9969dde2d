import { createWorld } from 'dockersim';

// A seeded world: same seed, same ids, names, times and outputs, every run.
const world = createWorld({ seed: 42 });
const docker = world.client();

const version = await docker.systemVersion();
console.log(`Docker Engine ${version.Version}, API ${version.ApiVersion} (${version.Os}/${version.Arch})`);

const info = await docker.systemInfo();
console.log(`host ${info.Name}: ${info.Containers} containers, ${info.Images} images`);

// Virtual time: awaiting 10 simulated seconds returns at once.
const before = world.clock.now();
await world.clock.hold(world.clock.sleep(10_000));
console.log(`${(world.clock.now() - before) / 1000} s of virtual time passed`);
