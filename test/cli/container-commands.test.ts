/**
 * The container commands of the emulator, as a transcript on one seeded world: each step is a
 * command line (with its stdin, if any), and what docker 28 prints for it — stdout, stderr and
 * exit status, byte for byte. Steps run in order; `# sleep <ms>` lets virtual time pass.
 */
import { describe, expect, it } from 'vitest';
import { cliWorld } from './cli-world.js';

type Step = readonly [line: string | readonly [string, string], stdout: string, stderr: string, exitCode: number];

const STEPS: readonly Step[] = [
  ['docker pull -q alpine', 'docker.io/library/alpine:latest\n', '', 0],
  ["docker run --name hello alpine echo hello world", "hello world\n", "", 0],
  ["docker run -d --name web -p 8080:80 -p 127.0.0.1:8443:443/tcp -l tier=front alpine sleep 3600", "917966f4131391b08a37db07f7bf1a29af58ef4a86be98ca1eb79ec77756b81b\n", "", 0],
  ["docker create --name later -e A=1 -w /tmp alpine sh -c \"pwd; echo $A\"", "7fe87bc5aa540c05b3c8af5b208f32e3cfb340f339d8a05c8f293e399d34ba59\n", "", 0],
  ["# sleep 120000", "", "", 0],
  ["docker ps", "CONTAINER ID   IMAGE     COMMAND        CREATED         STATUS         PORTS                                                              NAMES\n917966f41313   alpine    \"sleep 3600\"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp, 127.0.0.1:8443->443/tcp   web\n", "", 0],
  ["docker ps -a", "CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS                     PORTS                                                              NAMES\n7fe87bc5aa54   alpine    \"sh -c 'pwd; echo $A'\"   2 minutes ago   Created                                                                                       later\n917966f41313   alpine    \"sleep 3600\"             2 minutes ago   Up 2 minutes               0.0.0.0:8080->80/tcp, [::]:8080->80/tcp, 127.0.0.1:8443->443/tcp   web\nb28d0f62d360   alpine    \"echo hello world\"       2 minutes ago   Exited (0) 2 minutes ago                                                                      hello\n", "", 0],
  ["docker ps -a -q", "7fe87bc5aa54\n917966f41313\nb28d0f62d360\n", "", 0],
  ["docker ps -a --no-trunc --format \"{{.ID}} {{.Names}} {{.Command}}\"", "7fe87bc5aa540c05b3c8af5b208f32e3cfb340f339d8a05c8f293e399d34ba59 later \"sh -c 'pwd; echo $A'\"\n917966f4131391b08a37db07f7bf1a29af58ef4a86be98ca1eb79ec77756b81b web \"sleep 3600\"\nb28d0f62d3609edc52cd9db30e13a3f1b8b17497e54250a93909e713e012601b hello \"echo hello world\"\n", "", 0],
  ["docker ps -a --filter status=exited --format \"{{.Names}}: {{.Status}}\"", "hello: Exited (0) 2 minutes ago\n", "", 0],
  ["docker ps --format \"table {{.Names}}\\t{{.Ports}}\\t{{.Label \\\"tier\\\"}}\"", "NAMES     PORTS                                                              tier\nweb       0.0.0.0:8080->80/tcp, [::]:8080->80/tcp, 127.0.0.1:8443->443/tcp   front\n", "", 0],
  ["docker ps -a --format \"{{json .Names}}\"", "\"later\"\n\"web\"\n\"hello\"\n", "", 0],
  ["docker ps -n 1 --format \"{{.Names}}\"", "later\n", "", 0],
  ["docker ps --format \"{{.Bogus}}\"", "", "failed to execute template: template: :1:2: executing \"\" at <.Bogus>: can't evaluate field Bogus in type *formatter.ContainerContext\n", 1],
  ["docker start -a later", "/tmp\n1\n", "", 0],
  ["docker start later nosuch", "later\n", "Error response from daemon: No such container: nosuch\nError: failed to start containers: nosuch\n", 1],
  ["docker logs hello", "hello world\n", "", 0],
  ["docker logs -t later", "2025-01-01T00:02:00.106000000Z /tmp\n2025-01-01T00:02:00.106000000Z 1\n2025-01-01T00:02:00.106000000Z /tmp\n2025-01-01T00:02:00.106000000Z 1\n", "", 0],
  ["docker logs --tail 1 later", "1\n", "", 0],
  ["docker port web", "80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n443/tcp -> 127.0.0.1:8443\n", "", 0],
  ["docker port web 443", "127.0.0.1:8443\n", "", 0],
  ["docker port web 53/udp", "", "Error: No public port '53/udp' published for web\n", 1],
  ["docker port web abc", "", "Error: invalid port (abc): strconv.ParseUint: parsing \"abc\": invalid syntax\n", 1],
  ["docker exec web sh -c \"echo in web; echo oops >&2; exit 3\"", "in web\n", "oops\n", 3],
  ["docker exec -w /etc -u nobody -e X=y web sh -c \"pwd; whoami; echo $X\"", "/etc\nnobody\ny\n", "", 0],
  [["docker exec -i web cat", "typed input\n"], "typed input\n", "", 0],
  ["docker exec -d web touch /started", "", "", 0],
  ["docker exec hello true", "", "Error response from daemon: container b28d0f62d3609edc52cd9db30e13a3f1b8b17497e54250a93909e713e012601b is not running\n", 1],
  ["docker exec nosuch true", "", "Error response from daemon: No such container: nosuch\n", 1],
  ["docker diff web", "A /started\n", "", 0],
  ["docker inspect -f \"{{.State.Status}} {{.Config.Labels.tier}} {{.HostConfig.PortBindings}}\" web", "running front map[443/tcp:[{127.0.0.1 8443}] 80/tcp:[{ 8080}]]\n", "", 0],
  ["docker container inspect -f \"{{.Name}}\" web hello nosuch", "/web\n/hello\n", "Error response from daemon: No such container: nosuch\n", 1],
  ["docker inspect -f \"{{.Nope}}\" web", "\n", "template parsing error: template: :1:2: executing \"\" at <.Nope>: map has no entry for key \"Nope\"\n", 1],
  ["docker inspect -f \"{{\" web", "", "template parsing error: template: :1: unclosed action\n", 64],
  ["docker pause web", "web\n", "", 0],
  ["docker pause web", "", "Error response from daemon: container 917966f4131391b08a37db07f7bf1a29af58ef4a86be98ca1eb79ec77756b81b is already paused\n", 1],
  ["docker ps --format \"{{.Names}} {{.Status}}\"", "web Up 2 minutes (Paused)\n", "", 0],
  ["docker unpause web hello", "web\n", "Error response from daemon: Container b28d0f62d3609edc52cd9db30e13a3f1b8b17497e54250a93909e713e012601b is not paused\n", 1],
  ["docker rename web front", "", "", 0],
  ["docker rename front hello", "", "Error response from daemon: Error when allocating new name: Conflict. The container name \"/hello\" is already in use by container \"b28d0f62d3609edc52cd9db30e13a3f1b8b17497e54250a93909e713e012601b\". You have to remove (or rename) that container to be able to reuse that name.\nError: failed to rename container named front\n", 1],
  ["docker update --restart on-failure:3 -m 256m front", "front\n", "", 0],
  ["docker kill -s SIGUSR1 front", "front\n", "", 0],
  ["docker stop -t 2 front", "front\n", "", 0],
  ["docker wait front hello", "137\n0\n", "", 0],
  ["docker stop front", "front\n", "", 0],
  ["docker restart front", "front\n", "", 0],
  ["docker kill front nosuch", "front\n", "Error response from daemon: cannot kill container: nosuch: No such container: nosuch\n", 1],
  ["docker rm front", "front\n", "", 0],
  ["docker rm -f nosuch hello", "hello\n", "Error response from daemon: No such container: nosuch\n", 0],
  ["docker rm \"\"", "", "container name cannot be empty\n", 1],
  [["docker container prune", "n\n"], "WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ", "", 0],
  [["docker container prune", "y\n"], "WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] Deleted Containers:\n7fe87bc5aa540c05b3c8af5b208f32e3cfb340f339d8a05c8f293e399d34ba59\n\nTotal reclaimed space: 0B\n", "", 0],
  ["docker ps -a", "CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n", "", 0],
];

describe.sequential('container commands, one world (seed 1)', () => {
  const { step } = cliWorld(1);
  it.each(STEPS.map((s) => [typeof s[0] === 'string' ? s[0] : s[0][0], s] as const))('%s', async (_, [line, stdout, stderr, exitCode]) => {
    const [command, stdin] = typeof line === 'string' ? [line, undefined] : line;
    expect(await step(command, stdin)).toEqual({ stdout, stderr, exitCode });
  });
});

describe('docker top', () => {
  it('prints the daemon\'s process table through a tabwriter 20 wide, padding 3', async () => {
    const { docker } = cliWorld(2);
    await docker('docker run -d --name topper alpine sleep 100');
    const { stdout, exitCode } = await docker('docker top topper');
    expect(exitCode).toBe(0);
    const [titles, row] = stdout.split('\n');
    expect(titles).toBe('UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD');
    expect(row).toMatch(/^root {16}\d+ +\d+ +0 {19}\d\d:\d\d {15}\? {19}\d\d:\d\d:\d\d {12}sleep 100$/);
  });
});
