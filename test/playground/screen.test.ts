/**
 * The terminal's screen model: plain text, carriage returns, cursor movement and line erasure as
 * docker's progress output uses them, SGR colours, sequences split across writes, scrollback.
 */
import { describe, expect, it } from 'vitest';
import { Screen, sgr } from '../../playground/src/terminal/screen.js';

const screenOf = (...writes: string[]) => {
  const screen = new Screen();
  for (const w of writes) screen.write(w);
  return screen;
};

describe('Screen', () => {
  it.each([
    ['plain lines', ['a\nb\n'], 'a\nb\n'],
    ['a carriage return overwrites', ['hello\rJ'], 'Jello'],
    ['erase line then rewrite', ['12345\r\x1b[2Kab'], 'ab'],
    ['erase to end of line', ['12345\r12\x1b[K'], '12'],
    ['backspace', ['ab\bc'], 'ac'],
    ['tabs to multiples of 8', ['a\tb'], 'a       b'],
    ['cursor up redraws an earlier line (docker pull progress)', ['l1: Waiting\nl2: Waiting\n', '\x1b[2A\x1b[2Kl1: Done\x1b[2B'], 'l1: Done\nl2: Waiting\n'],
    [
      'docker pull redraws its progress lines in place',
      ['latest: Pulling from library/alpine\n\x1b[0B\n\x1b[1A\x1b[2K\r2230: Pulling fs layer \r\x1b[1B', '\x1b[1A\x1b[2K\r2230: Pull complete \r\x1b[1BDigest: sha256:f4\n'],
      'latest: Pulling from library/alpine\n2230: Pull complete\nDigest: sha256:f4\n',
    ],
    ['a sequence split across writes', ['x\x1b[', '2K\r', 'y'], 'y'],
    ['private modes and titles are ignored', ['\x1b[?25la\x1b]0;title\x07b\x1b[?25h'], 'ab'],
    ['clear screen', ['abc\n\x1b[2Jz'], 'z'],
  ])('%s', (_name, writes, text) => {
    expect(screenOf(...writes).text()).toBe(text);
  });

  it('groups equally styled text into spans', () => {
    const screen = screenOf('\x1b[1;31merr\x1b[0m: \x1b[32mok\x1b[m');
    expect(screen.spans(0)).toEqual([
      { text: 'err', style: { bold: true, fg: 1 } },
      { text: ': ', style: {} },
      { text: 'ok', style: { fg: 2 } },
    ]);
  });

  it.each([
    [[0], {}],
    [[1, 4, 7], { bold: true, underline: true, inverse: true }],
    [[91, 104], { fg: 9, bg: 12 }],
    [[38, 5, 208], { fg: 208 }],
    [[48, 2, 1, 2, 3], { bg: 'rgb(1, 2, 3)' }],
    [[1, 22], {}],
    [[31, 39], {}],
  ])('SGR %j', (args, style) => {
    expect(sgr({}, args)).toEqual(style);
  });

  it('reports the first changed row, for redrawing only what changed', () => {
    const screen = screenOf('a\nb\nc');
    expect(screen.takeDirty()).toBe(0);
    expect(screen.takeDirty()).toBe(3);
    screen.write('\x1b[1A\rB');
    expect(screen.takeDirty()).toBe(1);
  });

  it('keeps at most its limit of lines and counts the dropped ones', () => {
    const screen = new Screen(3);
    screen.write('1\n2\n3\n4\n5');
    expect(screen.text()).toBe('3\n4\n5');
    expect(screen.dropped).toBe(2);
    expect(screen.cursor).toEqual({ row: 2, col: 1 });
  });
});
