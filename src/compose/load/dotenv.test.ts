import { describe, expect, it } from 'vitest';
import { parseDotEnv } from './dotenv.js';

const parse = (text: string, env: Record<string, string> = {}): Record<string, string> => Object.fromEntries(parseDotEnv(text, (k) => env[k]));

describe('.env parsing (compose-go dotenv)', () => {
  it.each([
    ['FOO=bar', 'FOO', 'bar'],
    ['FOO =bar', 'FOO', 'bar'],
    ['FOO= bar', 'FOO', 'bar'],
    ['FOO="bar"', 'FOO', 'bar'],
    ["FOO='bar'", 'FOO', 'bar'],
    ['FOO="escaped\\"bar"', 'FOO', 'escaped"bar'],
    ['FOO="\\"quoted\\""', 'FOO', '"quoted"'],
    ["FOO=\"'d'\"", 'FOO', "'d'"],
    ['OPTION_A: 1', 'OPTION_A', '1'],
    ['OPTION_A: Foo=bar', 'OPTION_A', 'Foo=bar'],
    ['OPTION_A=1:B', 'OPTION_A', '1:B'],
    ['export OPTION_A=2', 'OPTION_A', '2'],
    ["export OPTION_B='\\n'", 'OPTION_B', '\\n'],
    ['export exportFoo=2', 'exportFoo', '2'],
    ['exportFOO=2', 'exportFOO', '2'],
    ['export_FOO =2', 'export_FOO', '2'],
    ['export.FOO= 2', 'export.FOO', '2'],
    ['export\tOPTION_A=2', 'OPTION_A', '2'],
    ['  export OPTION_A=2', 'OPTION_A', '2'],
    ['export OPTION_A="export A"', 'OPTION_A', 'export A'],
    ['FOO="bar\\nbaz"', 'FOO', 'bar\nbaz'],
    ['FOO=a\\tb', 'FOO', 'a\\tb'],
    ['FOO="a\\tb"', 'FOO', 'a\tb'],
    ['KEY="Z\\aZ\\bZ\\fZ\\nZ\\rZ\\tZ\\vZ\\\\Z\\0123Z"', 'KEY', 'Z\x07Z\bZ\fZ\nZ\rZ\tZ\vZ\\ZSZ'],
    ['FOO.BAR=foobar', 'FOO.BAR', 'foobar'],
    ['FOO=foobar=', 'FOO', 'foobar='],
    ['FOO=bar ', 'FOO', 'bar'],
    ['FOO=bar # this is foo', 'FOO', 'bar'],
    ['FOO=bar #', 'FOO', 'bar'],
    ['FOO=123#not-an-inline-comment', 'FOO', '123#not-an-inline-comment'],
    ['FOO="bar#baz" # comment', 'FOO', 'bar#baz'],
    ["FOO='bar#baz' # comment", 'FOO', 'bar#baz'],
    ['FOO="bar\\n\\ b\\az"', 'FOO', 'bar\n\\ b\x07z'],
    ['FOO="bar\\nbaz\\\\"', 'FOO', 'bar\nbaz\\'],
    ['="value"', '', 'value'],
    [' KEY =value', 'KEY', 'value'],
    ['\tKEY=value', 'KEY', 'value'],
    ['KEY="\\0123"', 'KEY', 'S'],
    ['KEY="\\x07"', 'KEY', '\\x07'],
    ['KEY="\\u12e4"', 'KEY', '\\u12e4'],
    ["OPTION_K='Let\\'s go!'", 'OPTION_K', "Let's go!"],
    ["OPTION_J = 'first line\nsecond line'", 'OPTION_J', 'first line\nsecond line'],
    ['\uFEFFBOM=1', 'BOM', '1'],
  ])('%j sets %s to %j', (text, key, value) => {
    expect(parse(text)[key]).toBe(value);
  });

  it('reads the plain fixture as compose does', () => {
    const text = 'OPTION_A=1\nOPTION_B=2\nOPTION_C= 3\nOPTION_D =4\nOPTION_E = 5\nOPTION_F = \nOPTION_G=\nOPTION_H = my string # Inline comment\n';
    expect(parse(text)).toEqual({ OPTION_A: '1', OPTION_B: '2', OPTION_C: '3', OPTION_D: '4', OPTION_E: '5', OPTION_F: '', OPTION_G: '', OPTION_H: 'my string' });
  });

  it.each([
    ['FOO=test\nBAR=$FOO', { FOO: 'test', BAR: 'test' }],
    ['FOO=test\nBAR=${FOO}bar', { FOO: 'test', BAR: 'testbar' }],
    ['BAR=$FOO', { BAR: '' }],
    ['FOO=test\nBAR="quote $FOO"', { FOO: 'test', BAR: 'quote test' }],
    ["BAR='quote $FOO'", { BAR: 'quote $FOO' }],
    ['FOO="foo\\$BAR"', { FOO: 'foo$BAR' }],
    ['FOO="foo\\${BAR}"', { FOO: 'foo${BAR}' }],
    ['FOO=test\nBAR="foo\\${FOO} ${FOO}"', { FOO: 'test', BAR: 'foo${FOO} test' }],
    ['OPTION_A=1\nOPTION_B=${OPTION_A}\nOPTION_C=$OPTION_B\nOPTION_D=${OPTION_A}_${OPTION_B}\nOPTION_E=${OPTION_NOT_DEFINED}', { OPTION_A: '1', OPTION_B: '1', OPTION_C: '1', OPTION_D: '1_1', OPTION_E: '' }],
  ])('expands %j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('lets the environment answer references and bare names first', () => {
    expect(parse('OPTION_A=${OPTION_A:-1}\nOPTION_B=${OPTION_A}\nINHERITED\nMISSING\n', { OPTION_A: '5', INHERITED: 'from-env' })).toEqual({
      OPTION_A: '5',
      OPTION_B: '5',
      INHERITED: 'from-env',
    });
  });

  it.each(['KEY="', 'KEY="value', 'KEY="value\\"', "KEY=\"value'", "KEY='", "KEY='value", "KEY='value\\'", 'KEY=\'value"'])('%j is an unterminated quoted value', (text) => {
    expect(() => parse(text)).toThrow('line 1: unterminated quoted value');
  });

  it('reports a key with a space on its line', () => {
    expect(() => parse('# some comments\nfoo="\n  a\n  multine\n  value\n"\nINVALID LINE\nzot=qix')).toThrow('line 7: key cannot contain a space');
  });

  it('reports an unexpected character in a name', () => {
    expect(() => parse('lol$wut')).toThrow('line 1: unexpected character "$" in variable name "lol$wut"');
  });
});
