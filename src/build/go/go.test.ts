/**
 * The Go standard-library behaviours the Dockerfile front end depends on, checked against Go's
 * own documented results (filepath.Match's test table, strconv.Quote, time.Duration).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGoDuration, parseGoDuration } from './duration.js';
import { BadPatternError, goMatch } from './match.js';
import { basePath, cleanPath, dirPath, joinPath } from '../../core/go-path.js';
import { goList, goQuote, goQuoteList } from './quote.js';
import { levenshtein, suggest, withSuggestion } from './suggest.js';

describe('strconv.Quote', () => {
  it.each([
    ['echo hi', '"echo hi"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['\x00\x07\b\f\n\r\t\v\x1b\x7f', '"\\x00\\a\\b\\f\\n\\r\\t\\v\\x1b\\x7f"'],
    ['♥ ☃ 한국어', '"♥ ☃ 한국어"'],
    ['\u00a0\u200b', '"\\u00a0\\u200b"'],
    ['\u{1F600}', '"😀"'],
    ['\u{E0001}', '"\\U000e0001"'],
  ])('%j → %s', (input, quoted) => {
    expect(goQuote(input)).toBe(quoted);
  });

  it('prints string slices as %q and %v do', () => {
    expect(goQuoteList(['node', 'src/index.js'])).toBe('["node" "src/index.js"]');
    expect(goQuoteList([])).toBe('[]');
    expect(goList(['/data', '/logs'])).toBe('[/data /logs]');
  });

  it('round-trips through JSON for printable text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '"', '\\', '\n', '\t', 'é') }), (s) => {
        expect(JSON.parse(goQuote(s))).toBe(s);
      }),
    );
  });
});

describe('path.Clean and friends', () => {
  it.each([
    ['', '.'],
    ['abc', 'abc'],
    ['abc/def/', 'abc/def'],
    ['a//b', 'a/b'],
    ['./a/./b', 'a/b'],
    ['a/../..', '..'],
    ['/../a', '/a'],
    ['/', '/'],
    ['abc/../../../ghi', '../../ghi'],
  ])('Clean(%j) = %j', (input, out) => {
    expect(cleanPath(input)).toBe(out);
  });

  it('joins, splits and names like Go', () => {
    expect(joinPath('/', 'app', '../src/', 'x')).toBe('/src/x');
    expect(joinPath('', '')).toBe('');
    expect(dirPath('a/b/c')).toBe('a/b');
    expect(dirPath('c')).toBe('.');
    expect(basePath('a/b/')).toBe('b');
    expect(basePath('/')).toBe('/');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a./]*$/), (p) => {
        expect(cleanPath(cleanPath(p))).toBe(cleanPath(p));
      }),
    );
  });
});

// Go's filepath.Match test table (as moby/patternmatcher carries it); "bad" = ErrBadPattern.
const MATCH_TABLE: readonly (readonly [string, string, boolean | 'bad'])[] = [
  ['abc', 'abc', true],
  ['*', 'abc', true],
  ['*c', 'abc', true],
  ['a*', 'a', true],
  ['a*', 'abc', true],
  ['a*', 'ab/c', false],
  ['a*/b', 'abc/b', true],
  ['a*/b', 'a/c/b', false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false],
  ['a*b?c*x', 'abxbbxdbxebxczzx', true],
  ['a*b?c*x', 'abxbbxdbxebxczzy', false],
  ['ab[c]', 'abc', true],
  ['ab[b-d]', 'abc', true],
  ['ab[e-g]', 'abc', false],
  ['ab[^c]', 'abc', false],
  ['ab[^b-d]', 'abc', false],
  ['ab[^e-g]', 'abc', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'ab', false],
  ['a?b', 'a☺b', true],
  ['a[^a]b', 'a☺b', true],
  ['a???b', 'a☺b', false],
  ['a[^a][^a][^a]b', 'a☺b', false],
  ['[a-ζ]*', 'α', true],
  ['*[a-ζ]', 'A', false],
  ['a?b', 'a/b', false],
  ['a*b', 'a/b', false],
  ['[\\]a]', ']', true],
  ['[\\-]', '-', true],
  ['[x\\-]', 'x', true],
  ['[x\\-]', '-', true],
  ['[x\\-]', 'z', false],
  ['[\\-x]', 'x', true],
  ['[\\-x]', '-', true],
  ['[\\-x]', 'a', false],
  ['[]a]', ']', 'bad'],
  ['[-]', '-', 'bad'],
  ['[x-]', 'x', 'bad'],
  ['[x-]', '-', 'bad'],
  ['[x-]', 'z', 'bad'],
  ['[-x]', 'x', 'bad'],
  ['[-x]', '-', 'bad'],
  ['[-x]', 'a', 'bad'],
  ['\\', 'a', 'bad'],
  ['[a-b-c]', 'a', 'bad'],
  ['[', 'a', 'bad'],
  ['[^', 'a', 'bad'],
  ['[^bc', 'a', 'bad'],
  ['a[', 'a', 'bad'],
  ['a[', 'ab', 'bad'],
  ['a*', 'ab/c', false],
  ['*x', 'xxx', true],
];

describe('filepath.Match', () => {
  it.each(MATCH_TABLE)('Match(%j, %j) = %s', (pattern, name, expected) => {
    if (expected === 'bad') expect(() => goMatch(pattern, name)).toThrow(BadPatternError);
    else expect(goMatch(pattern, name)).toBe(expected);
  });
});

describe('time.Duration', () => {
  it.each([
    ['0', 0],
    ['5s', 5e9],
    ['1m30s', 90e9],
    ['1.5h', 5400e9],
    ['-1.5h', -5400e9],
    ['300ms', 300e6],
    ['2h45m', 9900e9],
    ['1µs', 1e3],
    ['1us', 1e3],
    ['.5s', 5e8],
    ['50ns', 50],
  ])('ParseDuration(%j) = %d ns', (text, ns) => {
    expect(parseGoDuration(text)).toBe(ns);
  });

  it.each([
    ['', 'time: invalid duration ""'],
    ['5', 'time: missing unit in duration "5"'],
    ['5x', 'time: unknown unit "x" in duration "5x"'],
    ['s', 'time: invalid duration "s"'],
    ['.s', 'time: invalid duration ".s"'],
    ['1é', 'time: unknown unit "\\xc3\\xa9" in duration "1\\xc3\\xa9"'],
  ])('ParseDuration(%j) fails with %s', (text, message) => {
    expect(() => parseGoDuration(text)).toThrow(message);
  });

  it.each([
    [0, '0s'],
    [1, '1ns'],
    [1100, '1.1µs'],
    [2_200_000, '2.2ms'],
    [3.3e9, '3.3s'],
    [90e9, '1m30s'],
    [4_000_000_000_000, '1h6m40s'],
    [-5e9, '-5s'],
    [300e9, '5m0s'],
  ])('Duration(%d).String() = %s', (ns, text) => {
    expect(formatGoDuration(ns)).toBe(text);
  });

  it('prints what it parses', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (ns) => {
        expect(parseGoDuration(formatGoDuration(ns))).toBe(ns);
      }),
    );
  });
});

describe('did-you-mean suggestions', () => {
  it('finds close options and matches case', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(suggest('RUNN', ['add', 'run', 'copy'], false)).toBe('RUN');
    expect(suggest('runn', ['add', 'run', 'copy'], false)).toBe('run');
    expect(suggest('run', ['run'], false)).toBeUndefined();
    expect(suggest('xyzzy', ['run'], false)).toBeUndefined();
    expect(withSuggestion('unknown flag: --chmown', 'chmown', ['chown', 'from'], true)).toBe('unknown flag: --chmown (did you mean chown?)');
  });
});
