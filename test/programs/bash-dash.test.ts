/**
 * bash (`docker run ubuntu bash -c …`) and dash (Debian's /bin/sh) where they differ from
 * busybox ash: messages, `echo`, brace expansion, `[[ ]]`, line numbers.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell-world.js';

const FILES = { '/data/a.txt': 'hello\n', '/data/b.md': 'B\n', '/data/.hidden': '' };
type Row = readonly [string, string, string, number];

describe('bash', () => {
  const run = (script: string) => runScript('debian', script, { shell: 'bash', files: FILES });
  it.each<Row>([
    ['echo $0; echo $BASH_VERSION', 'bash\n5.2.21(1)-release\n', '', 0],
    ['echo {a,b}{1,2} x{1..3} {c..a} {01..03} {1..10..4} {x} ${HOME}{,/.ssh}', 'a1 a2 b1 b2 x1 x2 x3 c b a 01 02 03 1 5 9 {x} /root /root/.ssh\n', '', 0],
    ['x=hello; [[ $x == h* ]] && echo glob; [[ $x =~ ^h(el) ]] && echo "re $BASH_REMATCH"; [[ -f /data/a.txt && ! -d /data/a.txt ]] && echo file', 'glob\nre hel\nfile\n', '', 0],
    ["echo 'a\\tb' -e; echo -e 'a\\tb'", 'a\\tb -e\na\tb\n', '', 0],
    ['cd /data; echo .*', '.hidden\n', '', 0],
    ['v=Word; echo ${v^^} ${v,,} ${v^}', 'WORD word Word\n', '', 0],
    ['(( 3 > 2 )) && echo bigger; (( 0 )) || echo zero', 'bigger\nzero\n', '', 0],
    ['cat <<< "here string"', 'here string\n', '', 0],
    ['type ls echo cd', 'ls is /usr/bin/ls\necho is a shell builtin\ncd is a shell builtin\n', '', 0],
    ['nope', '', 'bash: line 1: nope: command not found\n', 127],
    ['./nope', '', 'bash: line 1: ./nope: No such file or directory\n', 127],
    ['/data', '', 'bash: line 1: /data: Is a directory\n', 126],
    ['/data/a.txt', '', 'bash: line 1: /data/a.txt: Permission denied\n', 126],
    ['cd /nope', '', 'bash: line 1: cd: /nope: No such file or directory\n', 1],
    ['echo a; fi', '', "bash: -c: line 1: syntax error near unexpected token `fi'\nbash: -c: line 1: `echo a; fi'\n", 2],
    ['echo "open', '', 'bash: -c: line 1: unexpected EOF while looking for matching `"\'\n', 2],
    ['if true; then echo', '', 'bash: -c: line 2: syntax error: unexpected end of file\n', 2],
    ['set -u; echo $nope; echo after', '', 'bash: line 1: nope: unbound variable\n', 1],
    ['exit abc', '', 'bash: line 1: exit: abc: numeric argument required\n', 2],
    ['echo $((1/0)); echo after', '', 'bash: line 1: 1/0: division by 0 (error token is "0")\n', 1],
    ['[ 1 -eq a ]; echo $?', '2\n', 'bash: line 1: [: a: integer expression expected\n', 0],
    ['export 1x=2; echo $?', '1\n', "bash: line 1: export: `1x=2': not a valid identifier\n", 0],
    ['readonly r=1; r=2; echo $?', '1\n', 'bash: line 1: r: readonly variable\n', 0],
    ['kill -9 999', '', 'bash: line 1: kill: (999) - No such process\n', 1],
  ])('%s', async (script, stdout, stderr, code) => {
    expect(await run(script)).toEqual({ stdout, stderr, code });
  });
});

describe('dash (Debian /bin/sh)', () => {
  const run = (script: string) => runScript('debian', script, { files: FILES });
  it.each<Row>([
    ["echo 'a\\tb'; echo -n x; echo", 'a\tb\nx\n', '', 0],
    ['echo {a,b}', '{a,b}\n', '', 0],
    ['cd /data; echo .*', '. .. .hidden\n', '', 0],
    ['nope', '', 'sh: 1: nope: not found\n', 127],
    ['echo ok\nnope', 'ok\n', 'sh: 2: nope: not found\n', 127],
    ['cd /nope', '', "sh: 1: cd: can't cd to /nope\n", 2],
    ['echo a; fi', '', 'sh: 1: Syntax error: "fi" unexpected\n', 2],
    ['if true; then echo', '', 'sh: 1: Syntax error: end of file unexpected (expecting "fi")\n', 2],
    ['echo $((1/0))', '', 'sh: 1: arithmetic expression: division by zero: "1/0"\n', 2],
    ['echo x > /nope/f', '', 'sh: 1: cannot create /nope/f: Directory nonexistent\n', 2],
    ['[ 1 -eq a ]', '', 'sh: 1: [: Illegal number: a\n', 2],
    ['source /nope', '', 'sh: 1: source: not found\n', 127],
  ])('%s', async (script, stdout, stderr, code) => {
    expect(await run(script)).toEqual({ stdout, stderr, code });
  });
});
