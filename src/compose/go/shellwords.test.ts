import { describe, expect, it } from 'vitest';
import { shellwords } from './shellwords.js';

describe('shellwords (go-shellwords v1.0.12)', () => {
  it.each([
    ['sh -c "yarn install && yarn run dev"', ['sh', '-c', 'yarn install && yarn run dev']],
    ["echo 'hello world'", ['echo', 'hello world']],
    ['echo "a \\"b\\" c"', ['echo', 'a "b" c']],
    ['echo a\\ b', ['echo', 'a b']],
    ['  spaced   out  ', ['spaced', 'out']],
    ['echo ""', ['echo', '']],
    ["echo ''", ['echo', '']],
    ['', []],
    ['npm start', ['npm', 'start']],
    // an unquoted control operator ends the command, as in Compose
    ['echo hello && echo bye', ['echo', 'hello']],
    ['cat file | grep x', ['cat', 'file']],
    ['run 2>/dev/null', ['run']],
    ["echo '$HOME'", ['echo', '$HOME']],
    ['echo $(date)', ['echo', '$(date)']],
    ["printf 'a\\nb'", ['printf', 'a\\nb']],
    // an escaped n outside quotes is a newline to go-shellwords
    ['printf a\\nb', ['printf', 'a\nb']],
  ])('%j → %j', (line, words) => {
    expect(shellwords(line)).toEqual(words);
  });

  it.each(['echo "unterminated', "echo 'unterminated", 'echo trailing\\', 'echo (x)'])('%j is an invalid command line string', (line) => {
    expect(() => shellwords(line)).toThrow('invalid command line string');
  });
});
