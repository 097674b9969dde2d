/**
 * The image and registry commands of the emulator as a transcript on one seeded world: pulls
 * (progress as docker prints it off a terminal), the classic `docker images` table, tags,
 * history, inspect, push errors, save/load through the host's files, rmi and prune — each step
 * with docker 28's exact stdout, stderr and exit status.
 */
import { describe, expect, it } from 'vitest';
import { cliWorld } from './cli-world.js';

type Step = readonly [line: string | readonly [string, string], stdout: string, stderr: string, exitCode: number];

const STEPS: readonly Step[] = [
  ["docker pull alpine", "Using default tag: latest\nlatest: Pulling from library/alpine\n223053c07dcd: Pulling fs layer\n223053c07dcd: Verifying Checksum\n223053c07dcd: Download complete\n223053c07dcd: Pull complete\nDigest: sha256:f458e63807e275f1f27d79f4bd646fd9ecbc88809ae7fdde0e80eacb581da352\nStatus: Downloaded newer image for alpine:latest\ndocker.io/library/alpine:latest\n", "", 0],
  ["docker pull alpine:latest", "latest: Pulling from library/alpine\nDigest: sha256:f458e63807e275f1f27d79f4bd646fd9ecbc88809ae7fdde0e80eacb581da352\nStatus: Image is up to date for alpine:latest\ndocker.io/library/alpine:latest\n", "", 0],
  ["docker pull nosuchimage", "Using default tag: latest\n", "Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n", 1],
  ["docker pull alpine:nosuchtag", "", "Error response from daemon: manifest for alpine:nosuchtag not found: manifest unknown: manifest unknown\n", 1],
  ["docker pull -q busybox", "docker.io/library/busybox:latest\n", "", 0],
  ["docker images", "REPOSITORY   TAG       IMAGE ID       CREATED                  SIZE\nalpine       latest    b4b7dd7efff4   Less than a second ago   7.83MB\nbusybox      latest    bc0835a9436f   3 months ago             4.27MB\n", "", 0],
  ["docker images -q", "b4b7dd7efff4\nbc0835a9436f\n", "", 0],
  ["docker images --digests", "REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED                  SIZE\nalpine       latest    sha256:f458e63807e275f1f27d79f4bd646fd9ecbc88809ae7fdde0e80eacb581da352   b4b7dd7efff4   Less than a second ago   7.83MB\nbusybox      latest    sha256:dc6200865a37a639ee86a319985edb6b15a6eb6ad9bf6bfacaf18c3c210074a9   bc0835a9436f   3 months ago             4.27MB\n", "", 0],
  ["docker images --no-trunc --format \"{{.ID}} {{.Repository}}\"", "sha256:b4b7dd7efff4dedfe38c413d40c0e19b4a6f0b4bc7cdbcb6a459d0cd678faecf alpine\nsha256:bc0835a9436fc88f0f56f6228ef5b3bc2fe58a72f02ce986fc05619d8b4d7ad0 busybox\n", "", 0],
  ["docker images busybox", "REPOSITORY   TAG       IMAGE ID       CREATED        SIZE\nbusybox      latest    bc0835a9436f   3 months ago   4.27MB\n", "", 0],
  ["docker images ls", "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n", "\nNo images found matching \"ls\": did you mean \"docker image ls\"?\n", 0],
  ["docker image ls --filter reference=alp*", "REPOSITORY   TAG       IMAGE ID       CREATED                  SIZE\nalpine       latest    b4b7dd7efff4   Less than a second ago   7.83MB\n", "", 0],
  ["docker tag alpine localhost:5000/team/alpine:v1", "", "", 0],
  ["docker tag nosuch x", "", "Error response from daemon: No such image: nosuch:latest\n", 1],
  ["docker images --format \"{{.Repository}}:{{.Tag}}\"", "alpine:latest\nlocalhost:5000/team/alpine:v1\nbusybox:latest\n", "", 0],
  ["docker history alpine", "IMAGE          CREATED                  CREATED BY                                      SIZE      COMMENT\nb4b7dd7efff4   Less than a second ago   CMD [\"/bin/sh\"]                                 0B        buildkit.dockerfile.v0\n<missing>      Less than a second ago   ADD alpine-minirootfs-3.21.3-x86_64.tar.gz /…   7.83MB    buildkit.dockerfile.v0\n", "", 0],
  ["docker history --no-trunc -q alpine", "sha256:b4b7dd7efff4dedfe38c413d40c0e19b4a6f0b4bc7cdbcb6a459d0cd678faecf\n<missing>\n", "", 0],
  ["docker history --format \"{{.CreatedBy}}\" busybox", "CMD [\"sh\"]\nBusyBox 1.37.0 (glibc), Debian 12\n", "", 0],
  ["docker image inspect -f \"{{.Os}}/{{.Architecture}} {{.RepoTags}}\" alpine", "linux/amd64 [alpine:latest localhost:5000/team/alpine:v1]\n", "", 0],
  ["docker push localhost:5000/team/alpine:v1", "The push refers to repository [localhost:5000/team/alpine]\n", "Get \"https://localhost:5000/v2/\": dial tcp 127.0.0.1:5000: connect: connection refused\n", 1],
  ["docker push nosuch/image", "Using default tag: latest\nThe push refers to repository [docker.io/nosuch/image]\n", "An image does not exist locally with the tag: nosuch/image\n", 1],
  ["docker login -u alice -p pw localhost:5000", "", "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get \"https://localhost:5000/v2/\": dial tcp 127.0.0.1:5000: connect: connection refused\n", 1],
  ["docker logout localhost:5000", "Removing login credentials for localhost:5000\n", "", 0],
  ["docker save -o alpine.tar alpine", "", "", 0],
  ["docker rmi localhost:5000/team/alpine:v1", "Untagged: localhost:5000/team/alpine:v1\n", "", 0],
  ["docker rmi alpine nosuch", "Untagged: alpine:latest\nUntagged: alpine@sha256:f458e63807e275f1f27d79f4bd646fd9ecbc88809ae7fdde0e80eacb581da352\nDeleted: sha256:b4b7dd7efff4dedfe38c413d40c0e19b4a6f0b4bc7cdbcb6a459d0cd678faecf\nDeleted: sha256:9162c690ccd7e1091ab32fc132222f823b571c5c7d64187f13a3f5768fda1744\n", "Error response from daemon: No such image: nosuch:latest\n", 1],
  ["docker pull -q alpine", "docker.io/library/alpine:latest\n", "", 0],
  ["docker rmi -f nosuch", "", "Error response from daemon: No such image: nosuch:latest\n", 0],
  ["docker load -i missing.tar", "", "open missing.tar: no such file or directory\n", 1],
  ["docker run -d --name keeper busybox sleep 100", "725a8bd54380488ede063a948e61ceca6e1d9a3aa31ecbb32cf6287e2ed76d2a\n", "", 0],
  ["docker rmi busybox", "", "Error response from daemon: conflict: unable to remove repository reference \"busybox\" (must force) - container 725a8bd54380 is using its referenced image bc0835a9436f\n", 1],
  [["docker image prune", "y\n"], "WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] Total reclaimed space: 0B\n", "", 0],
  ["docker image prune -a -f", "Deleted Images:\nuntagged: alpine:latest\nuntagged: alpine@sha256:f458e63807e275f1f27d79f4bd646fd9ecbc88809ae7fdde0e80eacb581da352\ndeleted: sha256:b4b7dd7efff4dedfe38c413d40c0e19b4a6f0b4bc7cdbcb6a459d0cd678faecf\ndeleted: sha256:9162c690ccd7e1091ab32fc132222f823b571c5c7d64187f13a3f5768fda1744\n\nTotal reclaimed space: 7.834MB\n", "", 0],
  ["docker images", "REPOSITORY   TAG       IMAGE ID       CREATED        SIZE\nbusybox      latest    bc0835a9436f   3 months ago   4.27MB\n", "", 0],
  ["docker load -i alpine.tar", "Loaded image: alpine:latest\n", "", 0],
  ["docker images --format \"{{.Repository}}:{{.Tag}} {{.ID}}\"", "alpine:latest b4b7dd7efff4\nbusybox:latest bc0835a9436f\n", "", 0],
];

describe.sequential('image and registry commands, one world (seed 3)', () => {
  const { step } = cliWorld(3);
  it.each(STEPS.map((s) => [typeof s[0] === 'string' ? s[0] : s[0][0], s] as const))('%s', async (_, [line, stdout, stderr, exitCode]) => {
    const [command, stdin] = typeof line === 'string' ? [line, undefined] : line;
    expect(await step(command, stdin)).toEqual({ stdout, stderr, exitCode });
  });
});
