/**
 * `docker build` (the legacy builder, its context from the host's files with `.dockerignore`),
 * `login` / `logout` with the credentials kept by the CLI, and `push` / `pull` against a private
 * registry, as a transcript on one seeded world with docker 28's exact output.
 */
import { describe, expect, it } from 'vitest';
import { cliWorld } from './cli-world.js';

type Step = readonly [line: string | readonly [string, string], stdout: string, stderr: string, exitCode: number];

const STEPS: readonly Step[] = [
  ["docker build -t app .", "Sending build context to Docker daemon  5.632kB\r\r\nStep 1/5 : FROM alpine\nlatest: Pulling from library/alpine\n223053c07dcd: Pulling fs layer\n223053c07dcd: Verifying Checksum\n223053c07dcd: Download complete\n223053c07dcd: Pull complete\nDigest: sha256:f458e63807e275f1f27d79f4bd646fd9ecbc88809ae7fdde0e80eacb581da352\nStatus: Downloaded newer image for alpine:latest\n ---> b4b7dd7efff4\nStep 2/5 : WORKDIR /app\n ---> Running in d7cfe66b62e1\n ---> Removed intermediate container d7cfe66b62e1\n ---> d0b964c011c7\nStep 3/5 : COPY hello.txt .\n ---> 49530fb64799\nStep 4/5 : RUN echo built >> hello.txt\n ---> Running in afe09edfa2e5\n ---> Removed intermediate container afe09edfa2e5\n ---> 3d9317a09d15\nStep 5/5 : CMD [\"cat\", \"/app/hello.txt\"]\n ---> Running in 57166aea18e1\n ---> Removed intermediate container 57166aea18e1\n ---> b2e49a35ace6\nSuccessfully built b2e49a35ace6\nSuccessfully tagged app:latest\n", "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\n", 0],
  ["docker build -t app .", "Sending build context to Docker daemon  5.632kB\r\r\nStep 1/5 : FROM alpine\n ---> b4b7dd7efff4\nStep 2/5 : WORKDIR /app\n ---> Using cache\n ---> d0b964c011c7\nStep 3/5 : COPY hello.txt .\n ---> Using cache\n ---> 49530fb64799\nStep 4/5 : RUN echo built >> hello.txt\n ---> Using cache\n ---> 3d9317a09d15\nStep 5/5 : CMD [\"cat\", \"/app/hello.txt\"]\n ---> Using cache\n ---> b2e49a35ace6\nSuccessfully built b2e49a35ace6\nSuccessfully tagged app:latest\n", "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\n", 0],
  ["docker build -q -t app:2 .", "sha256:b2e49a35ace667d56cb4bbe2805dea7db896d09c4abc6a3314bfa1a02df8e738\n", "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\n", 0],
  ["docker build --iidfile id.txt -t app:3 .", "Sending build context to Docker daemon  5.632kB\r\r\nStep 1/5 : FROM alpine\n ---> b4b7dd7efff4\nStep 2/5 : WORKDIR /app\n ---> Using cache\n ---> d0b964c011c7\nStep 3/5 : COPY hello.txt .\n ---> Using cache\n ---> 49530fb64799\nStep 4/5 : RUN echo built >> hello.txt\n ---> Using cache\n ---> 3d9317a09d15\nStep 5/5 : CMD [\"cat\", \"/app/hello.txt\"]\n ---> Using cache\n ---> b2e49a35ace6\nSuccessfully built b2e49a35ace6\nSuccessfully tagged app:3\n", "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\n", 0],
  ["docker build -f other/Dockerfile.dev --target base --build-arg GREETING=hey -t app:dev .", "Sending build context to Docker daemon  6.656kB\r\r\nStep 1/4 : FROM alpine AS base\n ---> b4b7dd7efff4\nStep 2/4 : ARG GREETING=hi\n ---> Running in 349d3027ce61\n ---> Removed intermediate container 349d3027ce61\n ---> 8fd0e6ee12a0\nStep 3/4 : RUN echo \"$GREETING\" > /greeting\n ---> Running in 585046d4aa62\n ---> Removed intermediate container 585046d4aa62\n ---> 26a14a81ceb4\nStep 4/4 : CMD [\"cat\", \"/greeting\"]\n ---> Running in d7b4e8cd7b42\n ---> Removed intermediate container d7b4e8cd7b42\n ---> 2dde6428b490\nSuccessfully built 2dde6428b490\nSuccessfully tagged app:dev\n", "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\n", 0],
  ["docker run --rm app", "hello\nbuilt\n", "", 0],
  ["docker run --rm app:dev", "hey\n", "", 0],
  ["docker build -f missing .", "", "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\nunable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /work/missing: no such file or directory\n", 1],
  ["docker build ./nope", "", "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            Install the buildx component to build images with BuildKit:\n            https://docs.docker.com/go/buildx/\n\nunable to prepare context: path \"./nope\" not found\n", 1],
  ["docker history --format \"{{.CreatedBy}}\" app", "/bin/sh -c #(nop)  CMD [\"cat\" \"/app/hello.tx…\n/bin/sh -c echo built >> hello.txt\n/bin/sh -c #(nop) COPY file:c50ecf0f80810449…\n/bin/sh -c #(nop) WORKDIR /app\nCMD [\"/bin/sh\"]\nADD alpine-minirootfs-3.21.3-x86_64.tar.gz /…\n", "", 0],
  ["docker login -u alice -p wrong localhost:5000", "", "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: login attempt to https://localhost:5000/v2/ failed with status: 401 Unauthorized\n", 1],
  [["docker login -u alice --password-stdin localhost:5000", "secret\n"], "Login Succeeded\n", "\nWARNING! Your credentials are stored unencrypted in '/root/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n", 0],
  ["docker login localhost:5000", "Login Succeeded\n", "Authenticating with existing credentials... [Username: alice]\n\n Info -> To login with a different account, run 'docker logout' followed by 'docker login'\n\n\n", 0],
  ["docker tag app localhost:5000/alice/app", "", "", 0],
  ["docker push localhost:5000/alice/app", "Using default tag: latest\nThe push refers to repository [localhost:5000/alice/app]\n33516cade693: Preparing\nd8689f247869: Preparing\n7e9eb44aeba8: Preparing\n9162c690ccd7: Preparing\n33516cade693: Pushed\nd8689f247869: Pushed\n7e9eb44aeba8: Pushing\n7e9eb44aeba8: Pushed\n9162c690ccd7: Pushed\nlatest: digest: sha256:ce215925872173886e30afea2efda6b887c66c308f76a1981bc32a36d749f06f size: 1148\n", "", 0],
  ["docker push localhost:5000/alice/app", "Using default tag: latest\nThe push refers to repository [localhost:5000/alice/app]\n33516cade693: Preparing\nd8689f247869: Preparing\n7e9eb44aeba8: Preparing\n9162c690ccd7: Preparing\n33516cade693: Layer already exists\nd8689f247869: Layer already exists\n7e9eb44aeba8: Layer already exists\n9162c690ccd7: Layer already exists\nlatest: digest: sha256:ce215925872173886e30afea2efda6b887c66c308f76a1981bc32a36d749f06f size: 1148\n", "", 0],
  ["docker rmi localhost:5000/alice/app", "Untagged: localhost:5000/alice/app:latest\nUntagged: localhost:5000/alice/app@sha256:ce215925872173886e30afea2efda6b887c66c308f76a1981bc32a36d749f06f\n", "", 0],
  ["docker pull localhost:5000/alice/app", "Using default tag: latest\nlatest: Pulling from alice/app\nDigest: sha256:ce215925872173886e30afea2efda6b887c66c308f76a1981bc32a36d749f06f\nStatus: Downloaded newer image for localhost:5000/alice/app:latest\nlocalhost:5000/alice/app:latest\n", "", 0],
  ["docker logout localhost:5000", "Removing login credentials for localhost:5000\n", "", 0],
  ["docker pull localhost:5000/alice/app:nope", "", "Error response from daemon: Head \"https://localhost:5000/v2/alice/app/manifests/nope\": no basic auth credentials\n", 1],
];

describe.sequential('build, login and push, one world (seed 5)', () => {
  const { step, world } = cliWorld(5);
  world.registry('localhost:5000', { users: { alice: 'secret' }, requireAuth: true });
  const fs = world.host().fs;
  fs.writeFile('/work/Dockerfile', 'FROM alpine\nWORKDIR /app\nCOPY hello.txt .\nRUN echo built >> hello.txt\nCMD ["cat", "/app/hello.txt"]\n');
  fs.writeFile('/work/hello.txt', 'hello\n');
  fs.writeFile('/work/.dockerignore', 'secret.txt\n');
  fs.writeFile('/work/secret.txt', 'do not send\n');
  fs.mkdir('/work/other');
  fs.writeFile('/work/other/Dockerfile.dev', 'FROM alpine AS base\nARG GREETING=hi\nRUN echo "$GREETING" > /greeting\nCMD ["cat", "/greeting"]\nFROM base\nRUN false\n');
  it.each(STEPS.map((s) => [typeof s[0] === 'string' ? s[0] : s[0][0], s] as const))('%s', async (_, [line, stdout, stderr, exitCode]) => {
    const [command, stdin] = typeof line === 'string' ? [line, undefined] : line;
    expect(await step(command, stdin)).toEqual({ stdout, stderr, exitCode });
  });
});

describe('docker build --iidfile and -q', () => {
  it('writes the final image id to the host file (with the daemon\'s newline under -q)', async () => {
    const { docker, world } = cliWorld(6);
    const fs = world.host().fs;
    fs.writeFile('/work/Dockerfile', 'FROM alpine\nCMD ["true"]\n');
    await docker('docker build --iidfile plain.txt .');
    await docker('docker build -q --iidfile quiet.txt .');
    const id = new TextDecoder().decode(fs.readFile('/work/plain.txt'));
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(new TextDecoder().decode(fs.readFile('/work/quiet.txt'))).toBe(`${id}\n`);
  });

  it('a failed step ends with its message and exit code; -q then shows what was held back', async () => {
    const { docker, world } = cliWorld(6);
    world.host().fs.writeFile('/work/Dockerfile', 'FROM alpine\nRUN exit 3\n');
    const loud = await docker('docker build .');
    expect(loud.exitCode).toBe(3);
    expect(loud.stderr.endsWith("The command '/bin/sh -c exit 3' returned a non-zero code: 3\n")).toBe(true);
    const quiet = await docker('docker build -q .');
    expect(quiet.exitCode).toBe(3);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toContain('Sending build context to Docker daemon');
    expect(quiet.stderr).toContain('Step 2/2 : RUN exit 3\n');
  });

  it('DOCKER_BUILDKIT=0 gives the other notice; =1 fails without buildx', async () => {
    const world = cliWorld(6, { HOME: '/root', DOCKER_BUILDKIT: '0' });
    world.world.host().fs.writeFile('/work/Dockerfile', 'FROM alpine\n');
    const off = await world.docker('docker build -q .');
    expect(off.stderr).toBe('DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n            environment-variable.\n\n');
    const on = await cliWorld(6, { HOME: '/root', DOCKER_BUILDKIT: '1' }).docker('docker build .');
    expect(on).toEqual({ stdout: '', stderr: 'ERROR: BuildKit is enabled but the buildx component is missing or broken.\n       Install the buildx component to build images with BuildKit:\n       https://docs.docker.com/go/buildx/\n', exitCode: 1 });
  });
});
