import { createWorld, programs } from 'dockersim';
import { HostSession } from 'dockersim/cli';

// A lesson as a script, typed into a shell on a simulated host (what `dockersim shell` runs).
const lesson = `
docker run hello-world | sed -n 2p
docker run --name box busybox sh -c 'echo hi > /greeting; cat /greeting'
docker diff box
docker ps -a --format '{{.Names}}: {{.Image}} {{.Status}}'
docker run -d --name web -p 8080:80 nginx:alpine > /dev/null
docker port web
sleep 1; curl -s localhost:8080 | grep '<title>'
docker logs web 2>/dev/null | tail -1
docker run busybox ls /nope; echo "exit status $?"
`;

// Same seed, same names, ids, times and output, for every learner and every run.
const world = createWorld({ seed: 7 });
const shell = new HostSession(world, { cwd: '/root' });
const stdout = new programs.OutputCollector();
const stderr = new programs.OutputCollector();
const status = await shell.runScript(lesson, stdout, stderr);

console.log(stdout.text().trimEnd());
// stderr has what docker prints there: the implicit pulls (progress left out here) and errors.
const progress = /^([0-9a-f]{12}: |Digest: |Status: |\S+: Pulling from )/;
console.log(`-- stderr --\n${stderr.text().trimEnd().split('\n').filter((l) => !progress.test(l)).join('\n')}`);
console.log(`-- the script's status: ${status}`);
world.dispose();
