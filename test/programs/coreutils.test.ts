/**
 * The core utilities as alpine (busybox applets) and Debian/Ubuntu (GNU tools) print them:
 * transcripts of command → exact stdout, stderr and exit status.
 */
import { describe, expect, it } from 'vitest';
import { runScript, type Userland } from '../helpers/shell-world.js';

const FILES = {
  '/data/fruits.txt': 'banana\napple\ncherry\napple\n',
  '/data/nums.txt': '10\n9\n100\n',
  '/data/csv.txt': 'name,age\nann,31\nbob,27\n',
  '/data/sub/inner.txt': 'x\n',
  '/data/run.sh': { data: '#!/bin/sh\necho run\n', mode: 0o755 },
};

type Row = readonly [string, string, string, number];
const run = (userland: Userland, script: string) => runScript(userland, script, { files: FILES, cwd: '/data' });

describe.each<[Userland, Row[]]>([
  [
    'alpine',
    [
      ['cat fruits.txt | sort | uniq -c', '      2 apple\n      1 banana\n      1 cherry\n', '', 0],
      ['sort -n nums.txt; sort -r fruits.txt | head -n 1; sort -u fruits.txt', '9\n10\n100\ncherry\napple\nbanana\ncherry\n', '', 0],
      ['wc -l fruits.txt; wc fruits.txt; echo hi | wc -c', '4 fruits.txt\n        4         4        26 fruits.txt\n3\n', '', 0],
      ['head -n 2 fruits.txt; tail -n 1 fruits.txt; tail -n +3 fruits.txt', 'banana\napple\napple\ncherry\napple\n', '', 0],
      ['grep -n apple fruits.txt; grep -c an fruits.txt; grep -v a fruits.txt; grep -i APPLE -q fruits.txt && echo found', '2:apple\n4:apple\n1\ncherry\nfound\n', '', 0],
      ['grep -E "^(b|c)" fruits.txt; grep nothing fruits.txt; echo $?', 'banana\ncherry\n1\n', '', 0],
      ['grep -r x /data', '/data/sub/inner.txt:x\n', '', 0],
      ['sed s/apple/APPLE/g fruits.txt | sed -n 2p; sed 1d fruits.txt | sed "\\$d"; sed -n "/an/p" fruits.txt', 'APPLE\napple\ncherry\nbanana\n', '', 0],
      ['sed -E "s/([a-z]+),([0-9]+)/\\2 \\1/" csv.txt', 'name,age\n31 ann\n27 bob\n', '', 0],
      ['cp fruits.txt f2 && sed -i s/banana/kiwi/ f2 && head -1 f2', 'kiwi\n', '', 0],
      ['cut -d, -f1 csv.txt; echo hello | tr a-z A-Z; echo "a  b" | tr -s " "', 'name\nann\nbob\nHELLO\na b\n', '', 0],
      ['echo one two | tee /tmp/t.txt; cat /tmp/t.txt', 'one two\none two\n', '', 0],
      ['seq 3; seq 2 2 6; seq -s , 3', '1\n2\n3\n2\n4\n6\n1,2,3\n', '', 0],
      ['basename /a/b/c.txt .txt; dirname /a/b/c.txt; dirname c.txt', 'c\n/a/b\n.\n', '', 0],
      ['ls; ls -a sub; ls -1 /data/sub', 'csv.txt\nfruits.txt\nnums.txt\nrun.sh\nsub\n.\n..\ninner.txt\ninner.txt\n', '', 0],
      ['ls -l', 'total 20\n-rw-r--r--    1 root     root            23 Jan  1 00:00 csv.txt\n-rw-r--r--    1 root     root            26 Jan  1 00:00 fruits.txt\n-rw-r--r--    1 root     root             9 Jan  1 00:00 nums.txt\n-rwxr-xr-x    1 root     root            19 Jan  1 00:00 run.sh\ndrwxr-xr-x    2 root     root          4096 Jan  1 00:00 sub\n', '', 0],
      ['ls nope', '', 'ls: nope: No such file or directory\n', 1],
      ['stat greeting.txt', '', "stat: can't stat 'greeting.txt': No such file or directory\n", 1],
      ['stat -c "%n %s %a %U %F" fruits.txt sub', 'fruits.txt 26 644 root regular file\nsub 4096 755 root directory\n', '', 0],
      ['cat nope', '', "cat: can't open 'nope': No such file or directory\n", 1],
      ['rm nope; rm sub', '', "rm: can't remove 'nope': No such file or directory\nrm: 'sub' is a directory\n", 1],
      ['mkdir sub', '', "mkdir: can't create directory 'sub': File exists\n", 1],
      ['mkdir -p a/b/c && touch a/b/c/f && find a', 'a\na/b\na/b/c\na/b/c/f\n', '', 0],
      ['find . -name "*.txt" -type f', './csv.txt\n./fruits.txt\n./nums.txt\n./sub/inner.txt\n', '', 0],
      ['cp -r sub sub2 && mv sub2 sub3 && ls sub3 && rm -rf sub3 && ls -d sub3', 'inner.txt\n', 'ls: sub3: No such file or directory\n', 1],
      ['cp nope x; mv nope y; cp sub z', '', "cp: can't stat 'nope': No such file or directory\nmv: can't rename 'nope': No such file or directory\ncp: omitting directory 'sub'\n", 1],
      ['touch /nope/x', '', 'touch: /nope/x: No such file or directory\n', 1],
      ['chmod 600 fruits.txt && stat -c %A fruits.txt && chmod u+x,go+r fruits.txt && stat -c %a fruits.txt', '-rw-------\n744\n', '', 0],
      ['chown nobody fruits.txt && ls -l fruits.txt', '-rw-r--r--    1 nobody   root            26 Jan  1 00:00 fruits.txt\n', '', 0],
      ['id; whoami; hostname; pwd', 'uid=0(root) gid=0(root) groups=0(root)\nroot\nc0ffee\n/data\n', '', 0],
      ['uname; uname -r; uname -m; nproc', 'Linux\n6.8.0-dockersim\nx86_64\n2\n', '', 0],
      ['date; date +%Y-%m-%dT%H:%M:%S; date -d @86400 +%F; date -u +%s', 'Wed Jan  1 00:00:00 UTC 2025\n2025-01-01T00:00:00\n1970-01-02\n1735689600\n', '', 0],
      ['env -i A=1 B=2 env; printenv HOME', 'A=1\nB=2\n/root\n', '', 0],
      ['which ls sh; which nope; echo $?', '/bin/ls\n/bin/sh\n1\n', '', 0],
      ['echo "a b c" | xargs -n 1 echo item', 'item a\nitem b\nitem c\n', '', 0],
      ['printf "%s-%03d|%-4s|%x\\n" a 7 ab 255; printf "%d\\n" abc', 'a-007|ab  |ff\n0\n', "sh: invalid number 'abc'\n", 1],
      ['test -d sub && [ -f fruits.txt ] && [ ! -e nope ] && [ "$(cat nums.txt | wc -l)" -eq 3 ] && echo all', 'all\n', '', 0],
      ['sleep 2 && echo slept', 'slept\n', '', 0],
      ['sleep x', '', "sleep: invalid number 'x'\n", 1],
      ['ps', 'PID   USER     TIME  COMMAND\n    1 root      0:00 ps\n', '', 0],
      ['kill 99', '', "sh: can't kill pid 99: No such process\n", 1],
      ['yes | head -n 2; echo done', 'y\ny\ndone\n', '', 0],
      ['./run.sh; sh run.sh', 'run\nrun\n', '', 0],
    ],
  ],
  [
    'debian',
    [
      ['cat fruits.txt | sort | uniq -c', '      2 apple\n      1 banana\n      1 cherry\n', '', 0],
      ['wc -l fruits.txt; wc fruits.txt; echo hi | wc; echo hi | wc -c', '4 fruits.txt\n 4  4 26 fruits.txt\n      1       1       3\n3\n', '', 0],
      ['ls -l', 'total 20\n-rw-r--r-- 1 root root   23 Jan  1 00:00 csv.txt\n-rw-r--r-- 1 root root   26 Jan  1 00:00 fruits.txt\n-rw-r--r-- 1 root root    9 Jan  1 00:00 nums.txt\n-rwxr-xr-x 1 root root   19 Jan  1 00:00 run.sh\ndrwxr-xr-x 2 root root 4096 Jan  1 00:00 sub\n', '', 0],
      ['ls nope', '', "ls: cannot access 'nope': No such file or directory\n", 2],
      ['stat greeting.txt', '', "stat: cannot statx 'greeting.txt': No such file or directory\n", 1],
      ['stat nums.txt', "  File: nums.txt\n  Size: 9         \tBlocks: 8          IO Block: 4096   regular file\nDevice: 0,44\tInode: 589984      Links: 1\nAccess: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\nAccess: 2025-01-01 00:00:00.000000000 +0000\nModify: 2025-01-01 00:00:00.000000000 +0000\nChange: 2025-01-01 00:00:00.000000000 +0000\n Birth: -\n", '', 0],
      ['cat nope', '', 'cat: nope: No such file or directory\n', 1],
      ['head nope', '', "head: cannot open 'nope' for reading: No such file or directory\n", 1],
      ['rm nope; rm sub', '', "rm: cannot remove 'nope': No such file or directory\nrm: cannot remove 'sub': Is a directory\n", 1],
      ['mkdir sub', '', "mkdir: cannot create directory 'sub': File exists\n", 1],
      ['cp nope x; cp sub z', '', "cp: cannot stat 'nope': No such file or directory\ncp: -r not specified; omitting directory 'sub'\n", 1],
      ['touch /nope/x', '', "touch: cannot touch '/nope/x': No such file or directory\n", 1],
      ['sort nope', '', 'sort: cannot read: nope: No such file or directory\n', 2],
      ['uname -a', 'Linux c0ffee 6.8.0-dockersim #1 SMP PREEMPT_DYNAMIC Wed Jan  1 00:00:00 UTC 2025 x86_64 x86_64 x86_64 GNU/Linux\n', '', 0],
      ['sleep', '', "sleep: missing operand\nTry 'sleep --help' for more information.\n", 1],
      ['ls --bogus', '', "ls: unrecognized option '--bogus'\nTry 'ls --help' for more information.\n", 2],
      ['ps', '    PID TTY          TIME CMD\n      1 ?        00:00:00 ps\n', '', 0],
      ['ps -ef', 'UID          PID    PPID  C STIME TTY          TIME CMD\nroot           1       0  0 00:00 ?        00:00:00 ps -ef\n', '', 0],
      ['/usr/bin/printf "%d\\n" abc; printf "%d\\n" abc', '0\n0\n', "/usr/bin/printf: 'abc': expected a numeric value\nsh: 1: printf: abc: expected numeric value\n", 1],
      ['grep -c apple fruits.txt nums.txt', 'fruits.txt:2\nnums.txt:0\n', '', 0],
    ],
  ],
])('%s', (userland, rows) => {
  it.each(rows)('%s', async (script, stdout, stderr, code) => {
    expect(await run(userland, script)).toEqual({ stdout, stderr, code });
  });
});

describe('terminals and following files', () => {
  it('ls lays names out in columns on a terminal (busybox colours them)', async () => {
    const w = (await import('../helpers/shell-world.js')).shellWorld('alpine', { '/d/alpha': '', '/d/beta.sh': { data: '#!/bin/sh\n', mode: 0o755 }, '/d/gamma/x': '' });
    const plain = await w.run(['ls', '/d']);
    expect(plain.stdout).toBe('alpha\nbeta.sh\ngamma\n');
    const tty = await w.run(['ls', '/d'], { tty: true });
    expect(tty.stdout).toBe('\x1b[0;0malpha\x1b[m    \x1b[1;32mbeta.sh\x1b[m  \x1b[1;34mgamma\x1b[m\n');
  });

  it('GNU ls fills 80 columns, no colour unless asked', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `file-number-${String(i).padStart(2, '0')}`);
    const w = (await import('../helpers/shell-world.js')).shellWorld('debian', Object.fromEntries(names.map((n) => [`/d/${n}`, ''])));
    const { stdout } = await w.run(['ls', '/d'], { tty: true });
    expect(stdout).toBe('file-number-00  file-number-03  file-number-06  file-number-09\nfile-number-01  file-number-04  file-number-07  file-number-10\nfile-number-02  file-number-05  file-number-08  file-number-11\n');
  });

  it('tail -f prints what is appended later, until killed', async () => {
    const w = (await import('../helpers/shell-world.js')).shellWorld('alpine', { '/var/log/app.log': 'first\n' });
    const { child, stdout } = w.start(['tail', '-f', '/var/log/app.log']);
    await w.clock.settle();
    w.fs.writeFile('/var/log/app.log', 'second\n', { append: true });
    await w.clock.settle();
    expect(stdout.text()).toBe('first\nsecond\n');
    w.table.signal(1, 'SIGKILL');
    expect(await child.exited).toBe(137);
  });
});
