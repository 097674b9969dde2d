/**
 * busybox ash (alpine's /bin/sh) as a user sees it: transcripts of `sh -c` command lines with
 * their exact stdout, stderr and exit status.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell-world.js';

const FILES = { '/data/a.txt': 'hello\nworld\nhello\n', '/data/b.txt': 'B\n', '/data/.hidden': '' };

/** [script, stdout, stderr, exit status] */
type Row = readonly [string, string, string, number];

const run = (script: string) => runScript('alpine', script, { files: FILES });

describe('ash: words, quoting and expansion', () => {
  it.each<Row>([
    ['echo hello world', 'hello world\n', '', 0],
    ["echo 'single $HOME' \"double $HOME\" \\$HOME", 'single $HOME double /root $HOME\n', '', 0],
    ['x="a  b"; echo $x; echo "$x"', 'a b\na  b\n', '', 0],
    ['echo ${unset:-default} ${unset-dash} ${HOME:+set} ${#HOME}', 'default dash set 5\n', '', 0],
    ['f=archive.tar.gz; echo ${f%.*} ${f%%.*} ${f#*.} ${f##*.}', 'archive.tar archive tar.gz gz\n', '', 0],
    ['v=hello; echo ${v/l/L} ${v//l/L} ${v:1:3} ${v: -2}', 'heLlo heLLo ell lo\n', '', 0],
    ['x=tmp11:tmp22; echo "${x%:*}" "${x#*:}" "${x%"2"}" "${x:-a b}"', 'tmp11 tmp22 tmp11:tmp2 tmp11:tmp22\n', '', 0],
    ['echo $((3 + 4 * 2)) $((10 / 3)) $((10 % 3)) $((2 ** 10)) $((1 << 4)) $((7 > 3 ? 1 : 0))', '11 3 1 1024 16 1\n', '', 0],
    ['i=5; i=$((i + 1)); : $((i += 10)); echo $i', '16\n', '', 0],
    ['echo $(echo inner) `echo back` "$(echo "nested $(echo deep)")"', 'inner back nested deep\n', '', 0],
    ['set -- a "b c" d; echo $#; for a in "$@"; do echo "[$a]"; done; echo "$*"', '3\n[a]\n[b c]\n[d]\na b c d\n', '', 0],
    ['cd /data; echo *.txt; echo .*; echo nomatch*', 'a.txt b.txt\n. .. .hidden\nnomatch*\n', '', 0],
    ['cd /data; echo "*.txt" \'*\' \\*', '*.txt * *\n', '', 0],
    ['IFS=:; x=a:b::c; for f in $x; do echo "<$f>"; done', '<a>\n<b>\n<>\n<c>\n', '', 0],
    ['echo ~ ~/x', '/root /root/x\n', '', 0],
    ["echo $'tab\\there'", 'tab\there\n', '', 0],
    ['echo $0 $$', 'sh 1\n', '', 0],
  ])('%s', async (script, stdout, stderr, code) => {
    expect(await run(script)).toEqual({ stdout, stderr, code });
  });
});

describe('ash: control flow and status', () => {
  it.each<Row>([
    ['true && echo yes || echo no; false && echo yes || echo no', 'yes\nno\n', '', 0],
    ['false; echo $?; ! false; echo $?', '1\n0\n', '', 0],
    ['if [ -f /data/a.txt ]; then echo file; elif true; then echo other; else echo none; fi', 'file\n', '', 0],
    ['for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done', '1\n3\n', '', 0],
    ['i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i', '3\n', '', 0],
    ['i=0; until [ $i -ge 2 ]; do echo $i; i=$((i+1)); done', '0\n1\n', '', 0],
    ['for i in 1 2 3; do for j in a b; do [ $j = b ] && break 2; echo $i$j; done; done', '1a\n', '', 0],
    ['case hello.txt in *.md) echo md;; *.txt|*.text) echo text;; *) echo other;; esac', 'text\n', '', 0],
    ['greet() { echo "hi $1"; return 3; }; greet bob; echo $?', 'hi bob\n3\n', '', 0],
    ['f() { local x=in; echo $x; }; x=out; f; echo $x', 'in\nout\n', '', 0],
    ['(cd /data; x=sub; exit 4); echo "$? $PWD ${x:-unset}"', '4 / unset\n', '', 0],
    ['{ echo a; echo b; } | wc -l', '2\n', '', 0],
    ['exit 300', '', '', 44],
    ['set -e; echo one; false; echo two', 'one\n', '', 1],
    ['set -e; false || echo recovered; if false; then :; fi; echo end', 'recovered\nend\n', '', 0],
    ['set -u; echo $nope', '', 'sh: nope: parameter not set\n', 2],
    ['trap "echo bye" EXIT; echo hi; exit 3', 'hi\nbye\n', '', 3],
    ['x=1 sh -c \'echo $x\'; echo "[$x]"', '1\n[]\n', '', 0],
    ['export A=exported; B=plain; sh -c \'echo "$A $B"\'', 'exported \n', '', 0],
    ['sleep 1 & echo $! started; wait; echo done', '2 started\ndone\n', '', 0],
    ['echo $(( 1 / 0 ))', '', 'sh: divide by zero\n', 2],
    ['eval "x=5; echo \\$x"', '5\n', '', 0],
  ])('%s', async (script, stdout, stderr, code) => {
    expect(await run(script)).toEqual({ stdout, stderr, code });
  });
});

describe('ash: redirections and here-documents', () => {
  it.each<Row>([
    ['echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f', 'one\ntwo\n', '', 0],
    ['cat < /data/b.txt; cat /nope 2>/dev/null; echo $?', 'B\n1\n', '', 0],
    ['echo err >&2; echo out', 'out\n', 'err\n', 0],
    ['ls /nope 2>&1 | tr a-z A-Z', 'LS: /NOPE: NO SUCH FILE OR DIRECTORY\n', '', 0],
    ['cat <<EOF\nhome is $HOME\n$(echo sub)\nEOF', 'home is /root\nsub\n', '', 0],
    ["cat <<'EOF'\nhome is $HOME\nEOF", 'home is $HOME\n', '', 0],
    ['cat <<-EOF\n\tindented\n\tEOF', 'indented\n', '', 0],
    ['while read a b; do echo "$b-$a"; done <<EOF\n1 one\n2 two\nEOF', 'one-1\ntwo-2\n', '', 0],
    ['echo x > /nope/file', '', "sh: can't create /nope/file: nonexistent directory\n", 1],
    ['cat < /nope', '', "sh: can't open /nope: no such file\n", 1],
    ['exec > /tmp/log; echo hidden; cat /tmp/log >&2', '', 'hidden\n', 0],
    ['echo data > /tmp/x && read line < /tmp/x && echo "got $line"', 'got data\n', '', 0],
  ])('%s', async (script, stdout, stderr, code) => {
    expect(await run(script)).toEqual({ stdout, stderr, code });
  });
});

describe('ash: what fails, and how it says so', () => {
  it.each<Row>([
    ['nope', '', 'sh: nope: not found\n', 127],
    ['/nope', '', 'sh: /nope: not found\n', 127],
    ['/data/a.txt', '', 'sh: /data/a.txt: Permission denied\n', 126],
    ['/data', '', 'sh: /data: Permission denied\n', 126],
    ['cd /nope', '', "sh: cd: line 0: can't cd to /nope: No such file or directory\n", 2],
    ['cd /data/a.txt', '', "sh: cd: line 0: can't cd to /data/a.txt: Not a directory\n", 2],
    ['echo a; fi', '', 'sh: syntax error: unexpected "fi"\n', 2],
    ['if true; then echo x', '', 'sh: syntax error: unexpected end of file (expecting "fi")\n', 2],
    ['echo "unterminated', '', 'sh: syntax error: unterminated quoted string\n', 2],
    ['echo a; echo b)', '', 'sh: syntax error: unexpected ")"\n', 2],
    ['exit abc', '', 'sh: exit: line 0: Illegal number: abc\n', 2],
    ['shift 3', '', "sh: shift: line 0: can't shift that many\n", 2],
    ['[ 1 -eq a ]', '', 'sh: a: bad number\n', 2],
    ['[ 1 = 1', '', 'sh: missing ]\n', 2],
    ['readonly r=1; r=2', '', 'sh: r: is read only\n', 2],
    ['echo before\nnope\necho after', 'before\nafter\n', 'sh: nope: not found\n', 0],
  ])('%s', async (script, stdout, stderr, code) => {
    expect(await run(script)).toEqual({ stdout, stderr, code });
  });
});

describe('ash: scripts, $0 and line numbers', () => {
  it('reports errors of a script file with its name and line', async () => {
    const files = { ...FILES, '/app/run.sh': { data: '#!/bin/sh\necho start $0 $1\nmissing-command\ncd /nope\necho end\n', mode: 0o755 } };
    expect(await runScript('alpine', '/app/run.sh arg', { files })).toEqual({
      stdout: 'start /app/run.sh arg\nend\n',
      stderr: "/app/run.sh: line 3: missing-command: not found\n/app/run.sh: cd: line 4: can't cd to /nope: No such file or directory\n",
      code: 0,
    });
  });

  it('runs a file without #! as a shell script (ENOEXEC)', async () => {
    const files = { '/app/plain': { data: 'echo plain $#\n', mode: 0o755 } };
    expect(await runScript('alpine', '/app/plain x y', { files })).toEqual({ stdout: 'plain 2\n', stderr: '', code: 0 });
  });

  it('sources files with . and keeps their definitions', async () => {
    const files = { '/app/lib.sh': 'greet() { echo "hello $1"; }\nLIB=loaded\n' };
    expect(await runScript('alpine', '. /app/lib.sh; greet you; echo $LIB', { files })).toEqual({ stdout: 'hello you\nloaded\n', stderr: '', code: 0 });
  });

  it('counts -c lines from 0 and script lines from 1 ($LINENO)', async () => {
    expect((await run('echo $LINENO\necho $LINENO')).stdout).toBe('0\n1\n');
  });
});
