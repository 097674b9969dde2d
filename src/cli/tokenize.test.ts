import { describe, expect, it } from 'vitest';
import { shellWords } from './tokenize.js';

describe('shell word splitting of a docker command line', () => {
  it.each([
    ['docker ps -a', ['docker', 'ps', '-a']],
    ['  docker   ps\t-a \n', ['docker', 'ps', '-a']],
    [`docker ps --format '{{.ID}}\\t{{.Names}}'`, ['docker', 'ps', '--format', '{{.ID}}\\t{{.Names}}']],
    [`docker run alpine sh -c "echo \\"hi\\" \\$HOME"`, ['docker', 'run', 'alpine', 'sh', '-c', 'echo "hi" $HOME']],
    [`a"b"'c'd`, ['abcd']],
    [`''`, ['']],
    [`"" x`, ['', 'x']],
    ['a\\ b', ['a b']],
    ['docker \\\nps', ['docker', 'ps']],
    [`"a\\nb"`, ['a\\nb']],
    ['echo $HOME ${X} $(pwd)', ['echo', '$HOME', '${X}', '$(pwd)']],
    ['docker ps # list them', ['docker', 'ps']],
    ['a#b', ['a#b']],
  ])('%j', (line, words) => {
    expect(shellWords(line)).toEqual(words);
  });

  it.each([`docker ps --format '{{.ID}}`, 'echo "unterminated'])('%j is a syntax error', (line) => {
    expect(() => shellWords(line)).toThrow('Syntax error: Unterminated quoted string');
  });
});
