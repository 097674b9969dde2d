import Docker from 'dockerode';
import { startServer } from 'dockersim/node';

// Three lines: a simulated daemon on a fresh unix socket, dockerode pointed at it, a call.
const server = await startServer({ seed: 42 });
const docker = new Docker({ socketPath: server.socketPath });
const version = await docker.version();

console.log(`dockerode sees Docker Engine ${version.Version}, API ${version.ApiVersion}`);
console.log(`ping: ${String(await docker.ping())}`);
const info = await docker.info();
console.log(`host ${info.Name}: ${info.Containers} containers, swarm ${info.Swarm.LocalNodeState}`);

// Tools that read DOCKER_HOST (the docker CLI, testcontainers) use this instead.
console.log(server.dockerHost.startsWith('unix:///') ? 'DOCKER_HOST=unix:///…/docker.sock' : server.dockerHost);
await server.close();
