/**
 * Network, volume and system commands of the emulator as a transcript on one seeded world:
 * networks and volumes created, listed (natural order), inspected, used by containers,
 * connected, refused removal while in use, pruned; `docker inspect` across object kinds;
 * `system df` and `system prune` with docker's prompts — each step with docker 28's exact
 * stdout, stderr and exit status.
 */
import { describe, expect, it } from 'vitest';
import { cliWorld } from './cli-world.js';

type Step = readonly [line: string | readonly [string, string], stdout: string, stderr: string, exitCode: number];

const STEPS: readonly Step[] = [
  ["docker network ls", "NETWORK ID     NAME      DRIVER    SCOPE\nb4ce286f7750   bridge    bridge    local\ncae7bf5b59cd   host      host      local\n4a0581427f81   none      null      local\n", "", 0],
  ["docker network create todo-app", "da89ecbf1470dea46674f6d03dc4ea84b1b9ad46fa60b3d9cf5627c67ce7def6\n", "", 0],
  ["docker network create todo-app", "", "Error response from daemon: network with name todo-app already exists\n", 1],
  ["docker network create --subnet 10.10.0.0/24 --gateway 10.10.0.254 --label team=a backend", "88f46518e761e2b237703795630948bc92612b8529aa46ed565e471952b5ba8a\n", "", 0],
  ["docker network ls", "NETWORK ID     NAME       DRIVER    SCOPE\n88f46518e761   backend    bridge    local\nb4ce286f7750   bridge     bridge    local\ncae7bf5b59cd   host       host      local\n4a0581427f81   none       null      local\nda89ecbf1470   todo-app   bridge    local\n", "", 0],
  ["docker network ls -q --filter label=team=a", "88f46518e761\n", "", 0],
  ["docker network ls --no-trunc --format \"{{.ID}} {{.Name}} {{.Driver}} {{.Internal}}\"", "88f46518e761e2b237703795630948bc92612b8529aa46ed565e471952b5ba8a backend bridge false\nb4ce286f7750bf5d82ee3fce6a0e382fdc7734afc55be56ac4f0f41c0ca0fde2 bridge bridge false\ncae7bf5b59cddf986618805da3bf42f6292aa4fc7f28a282cc0ec40ef07736fc host host false\n4a0581427f81965cee173f29b4aa55575d8af9280850eb366c8965bfaad030d3 none null false\nda89ecbf1470dea46674f6d03dc4ea84b1b9ad46fa60b3d9cf5627c67ce7def6 todo-app bridge false\n", "", 0],
  ["docker network inspect -f \"{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}\" backend bridge", "backend 10.10.0.0/24 10.10.0.254\nbridge 172.17.0.0/16 172.17.0.1\n", "", 0],
  ["docker volume create todo-db", "todo-db\n", "", 0],
  ["docker volume create --label keep=yes", "c3a343b0a23b01dc74cb33b18e718ef371e9f851f2dc3f4aae67c56e1db8fdf8\n", "", 0],
  ["docker volume ls", "DRIVER    VOLUME NAME\nlocal     c3a343b0a23b01dc74cb33b18e718ef371e9f851f2dc3f4aae67c56e1db8fdf8\nlocal     todo-db\n", "", 0],
  ["docker volume ls -q --filter dangling=true", "c3a343b0a23b01dc74cb33b18e718ef371e9f851f2dc3f4aae67c56e1db8fdf8\ntodo-db\n", "", 0],
  ["docker volume inspect todo-db", "[\n    {\n        \"CreatedAt\": \"2025-01-01T00:00:00Z\",\n        \"Driver\": \"local\",\n        \"Labels\": {},\n        \"Mountpoint\": \"/var/lib/docker/volumes/todo-db/_data\",\n        \"Name\": \"todo-db\",\n        \"Options\": {},\n        \"Scope\": \"local\"\n    }\n]\n", "", 0],
  ["docker volume inspect -f \"{{.Mountpoint}}\" todo-db nosuch", "/var/lib/docker/volumes/todo-db/_data\n", "Error response from daemon: get nosuch: no such volume\n", 1],
  ["docker run -d --name db --network todo-app --network-alias mysql -v todo-db:/var/lib/db alpine sleep 1000", "8bfa60ba3c9c85425adcbb877f08c6c9b400abb403a0432366daff9bc6e23da3\n", "Unable to find image 'alpine:latest' locally\nlatest: Pulling from library/alpine\n223053c07dcd: Pulling fs layer\n223053c07dcd: Verifying Checksum\n223053c07dcd: Download complete\n223053c07dcd: Pull complete\nDigest: sha256:f458e63807e275f1f27d79f4bd646fd9ecbc88809ae7fdde0e80eacb581da352\nStatus: Downloaded newer image for alpine:latest\n", 0],
  ["docker run -d --name app --network backend --ip 10.10.0.42 alpine sleep 1000", "278b29f6418348485ba6e1251110b003bf794743ec94a7234bf2928812b06654\n", "", 0],
  ["docker inspect -f \"{{range $n, $e := .NetworkSettings.Networks}}{{$n}}={{$e.IPAddress}}{{end}}\" db app", "todo-app=172.18.0.2\nbackend=10.10.0.42\n", "", 0],
  ["docker network connect todo-app app", "", "", 0],
  ["docker network connect todo-app app", "", "Error response from daemon: endpoint with name app already exists in network todo-app\n", 1],
  ["docker network disconnect backend app", "", "", 0],
  ["docker inspect -f \"{{range $n, $e := .NetworkSettings.Networks}}{{$n}} {{end}}\" app", "todo-app \n", "", 0],
  ["docker network rm todo-app", "", "Error response from daemon: error while removing network: network todo-app has active endpoints (name:\"db\" id:\"234ef20cc371\", name:\"app\" id:\"38a3519932ea\")\nexit status 1\n", 1],
  ["docker volume rm todo-db", "", "Error response from daemon: remove todo-db: volume is in use - [8bfa60ba3c9c85425adcbb877f08c6c9b400abb403a0432366daff9bc6e23da3]\n", 1],
  ["docker inspect todo-app --format \"{{.Name}} {{.Driver}}\"", "todo-app bridge\n", "", 0],
  ["docker inspect --type volume -f \"{{.Name}}\" todo-db", "todo-db\n", "", 0],
  ["docker inspect --type image bridge", "[]\n", "Error response from daemon: No such image: bridge:latest\n", 1],
  ["docker rm -f db app", "db\napp\n", "", 0],
  [["docker network prune", "y\n"], "WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] Deleted Networks:\ntodo-app\nbackend\n\n", "", 0],
  [["docker volume prune", "y\n"], "WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] Deleted Volumes:\nc3a343b0a23b01dc74cb33b18e718ef371e9f851f2dc3f4aae67c56e1db8fdf8\n\nTotal reclaimed space: 0B\n", "", 0],
  ["docker volume prune -a -f", "Deleted Volumes:\ntodo-db\n\nTotal reclaimed space: 0B\n", "", 0],
  ["docker network rm bridge nosuch", "", "Error response from daemon: bridge is a pre-defined network and cannot be removed\nError response from daemon: network nosuch not found\nexit status 1\n", 1],
  ["docker network rm -f nosuch", "", "", 0],
  ["docker system df", "TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\nImages          1         0         7.834MB   7.834MB (100%)\nContainers      0         0         0B        0B\nLocal Volumes   0         0         0B        0B\nBuild Cache     0         0         0B        0B\n", "", 0],
  ["docker system df --format \"{{.Type}}: {{.TotalCount}}\"", "Images: 1\nContainers: 0\nLocal Volumes: 0\nBuild Cache: 0\n", "", 0],
  ["docker system prune -f", "Total reclaimed space: 0B\n", "", 0],
  [["docker system prune -a --volumes --filter label=x=y", "n\n"], "WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all anonymous volumes not used by at least one container\n  - all images without at least one container associated to them\n  - all build cache\n\n  Items to be pruned will be filtered with:\n  - label=x=y\n\nAre you sure you want to continue? [y/N] ", "", 0],
  ["docker version --format \"{{.Server.Version}}\"", "28.2.2\n", "", 0],
  ["docker info --format \"{{.Containers}} {{.Images}}\"", "0 1\n", "", 0],
];

describe.sequential('network, volume and system commands, one world (seed 4)', () => {
  const { step } = cliWorld(4);
  it.each(STEPS.map((s) => [typeof s[0] === 'string' ? s[0] : s[0][0], s] as const))('%s', async (_, [line, stdout, stderr, exitCode]) => {
    const [command, stdin] = typeof line === 'string' ? [line, undefined] : line;
    expect(await step(command, stdin)).toEqual({ stdout, stderr, exitCode });
  });
});
