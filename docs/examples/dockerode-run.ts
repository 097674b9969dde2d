import Docker from 'dockerode';
import { PassThrough } from 'node:stream';
import { startServer } from 'dockersim/node';

const server = await startServer({ seed: 7 });
const docker = new Docker({ socketPath: server.socketPath });

// Pull, following the progress as dockerode does.
const progress = await docker.pull('hello-world:latest');
const messages: { status?: string }[] = await new Promise((resolve, reject) =>
  docker.modem.followProgress(progress, (error: Error | null, output: { status?: string }[]) => (error ? reject(error) : resolve(output))),
);
console.log(messages.at(-1)?.status);

// Create, attach before start (nothing is missed), start, wait for the exit code.
const container = await docker.createContainer({ Image: 'hello-world', name: 'greeter' });
const stream = await container.attach({ stream: true, stdout: true, stderr: true });
const stdout = new PassThrough();
let text = '';
stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
docker.modem.demuxStream(stream, stdout, new PassThrough());
const ended = new Promise((resolve) => stream.on('end', resolve));
await container.start();
const { StatusCode } = await container.wait();
await ended;
console.log(text.split('\n')[1]);
console.log(`exit code ${StatusCode}, state ${(await container.inspect()).State.Status}`);

// Remove it; nothing is left.
await container.remove();
console.log(`containers left: ${(await docker.listContainers({ all: true })).length}`);
await server.close();
