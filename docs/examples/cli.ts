import { createWorld } from 'dockersim';
import { runDocker } from 'dockersim/cli';

// The docker CLI emulator: real docker command lines, docker's exact output.
const world = createWorld({ seed: 42 });
const options = { client: world.client(), now: () => world.clock.now() };

const version = await runDocker("docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})'", options);
console.log(version.stdout.trim());

// Docker's grammar and errors: exit 125 for a flag error, usage on stderr.
const bad = await runDocker('docker ps --bogus', options);
console.log(bad.exitCode, bad.stderr.split('\n')[0]);

// Help texts are byte for byte the real docker 28.2 client's.
const help = await runDocker('docker start --help', options);
console.log(help.stdout.split('\n')[0]);
