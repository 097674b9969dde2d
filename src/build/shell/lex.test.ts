/**
 * BuildKit's own lexer cases (frontend/dockerfile/shell envVarTest, wordsTest and lex_test.go),
 * reimplemented here as data: each row is the input and what Docker produces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../../core/errors.js';
import { EMPTY_ENV, envFromList, envFromRecord } from './env.js';
import { ShellLex } from './lex.js';

// envVarTest, with PWD=/home SHELL=bash KOREAN=한국어 NULL= ; "error" means the word is rejected.
const ENV_VAR_CASES: readonly (readonly [string, string])[] = [
  ["hello", "hello"],
  ["he'll'o", "hello"],
  ["he'llo", "error"],
  ["he\\'llo", "he'llo"],
  ["he\\\\'llo", "error"],
  ["abc\\tdef", "abctdef"],
  ["\"abc\\tdef\"", "abc\\tdef"],
  ["\"abc\\\\tdef\"", "abc\\tdef"],
  ["'abc\\tdef'", "abc\\tdef"],
  ["hello\\", "hello"],
  ["hello\\\\", "hello\\"],
  ["\"hello", "error"],
  ["\"hello\\\"", "error"],
  ["\"hel'lo\"", "hel'lo"],
  ["'hello", "error"],
  ["'hello\\'", "hello\\"],
  ["'hello\\there'", "hello\\there"],
  ["'hello\\\\there'", "hello\\\\there"],
  ["\"''\"", "''"],
  ["$.", "$."],
  ["he$1x", "hex"],
  ["he$.x", "he$.x"],
  ["he$pwd.", "he."],
  ["he$PWD", "he/home"],
  ["he\\$PWD", "he$PWD"],
  ["he\\\\$PWD", "he\\/home"],
  ["\"he\\$PWD\"", "he$PWD"],
  ["\"he\\\\$PWD\"", "he\\/home"],
  ["\\${}", "${}"],
  ["\\${}aaa", "${}aaa"],
  ["he\\${}", "he${}"],
  ["he\\${}xx", "he${}xx"],
  ["${}", "error"],
  ["${}aaa", "error"],
  ["he${}", "error"],
  ["he${}xx", "error"],
  ["he${hi}", "he"],
  ["he${hi}xx", "hexx"],
  ["he${PWD}", "he/home"],
  ["he${.}", "error"],
  ["he${XXX:-000}xx", "he000xx"],
  ["he${PWD:-000}xx", "he/homexx"],
  ["he${XXX:-$PWD}xx", "he/homexx"],
  ["he${XXX:-${PWD:-yyy}}xx", "he/homexx"],
  ["he${XXX:-${YYY:-yyy}}xx", "heyyyxx"],
  ["he${XXX:YYY}", "error"],
  ["he${XXX?}", "error"],
  ["he${XXX:?}", "error"],
  ["he${PWD?}", "he/home"],
  ["he${PWD:?}", "he/home"],
  ["he${NULL?}", "he"],
  ["he${NULL:?}", "error"],
  ["he${XXX:+${PWD}}xx", "hexx"],
  ["he${PWD:+${XXX}}xx", "hexx"],
  ["he${PWD:+${SHELL}}xx", "hebashxx"],
  ["he${XXX:+000}xx", "hexx"],
  ["he${PWD:+000}xx", "he000xx"],
  ["'he${XX}'", "he${XX}"],
  ["\"he${PWD}\"", "he/home"],
  ["\"he'$PWD'\"", "he'/home'"],
  ["\"$PWD\"", "/home"],
  ["'$PWD'", "$PWD"],
  ["'\\$PWD'", "\\$PWD"],
  ["'\"hello\"'", "\"hello\""],
  ["he\\$PWD", "he$PWD"],
  ["\"he\\$PWD\"", "he$PWD"],
  ["'he\\$PWD'", "he\\$PWD"],
  ["he${PWD", "error"],
  ["he${PWD:=000}xx", "error"],
  ["he${PWD:+${PWD}:}xx", "he/home:xx"],
  ["he${XXX:-\\$PWD:}xx", "he$PWD:xx"],
  ["he${XXX:-\\${PWD}z}xx", "he${PWDz}xx"],
  ["안녕하세요", "안녕하세요"],
  ["안'녕'하세요", "안녕하세요"],
  ["안'녕하세요", "error"],
  ["안녕\\'하세요", "안녕'하세요"],
  ["안\\\\'녕하세요", "error"],
  ["안녕\\t하세요", "안녕t하세요"],
  ["\"안녕\\t하세요\"", "안녕\\t하세요"],
  ["'안녕\\t하세요", "error"],
  ["안녕하세요\\", "안녕하세요"],
  ["안녕하세요\\\\", "안녕하세요\\"],
  ["\"안녕하세요", "error"],
  ["\"안녕하세요\\\"", "error"],
  ["\"안녕'하세요\"", "안녕'하세요"],
  ["'안녕하세요", "error"],
  ["'안녕하세요\\'", "안녕하세요\\"],
  ["안녕$1x", "안녕x"],
  ["안녕$.x", "안녕$.x"],
  ["안녕$pwd.", "안녕."],
  ["안녕$PWD", "안녕/home"],
  ["안녕\\$PWD", "안녕$PWD"],
  ["안녕\\\\$PWD", "안녕\\/home"],
  ["안녕\\${}", "안녕${}"],
  ["안녕\\${}xx", "안녕${}xx"],
  ["안녕${}", "error"],
  ["안녕${}xx", "error"],
  ["안녕${hi}", "안녕"],
  ["안녕${hi}xx", "안녕xx"],
  ["안녕${PWD}", "안녕/home"],
  ["안녕${.}", "error"],
  ["안녕${XXX:-000}xx", "안녕000xx"],
  ["안녕${PWD:-000}xx", "안녕/homexx"],
  ["안녕${XXX:-$PWD}xx", "안녕/homexx"],
  ["안녕${XXX:-${PWD:-yyy}}xx", "안녕/homexx"],
  ["안녕${XXX:-${YYY:-yyy}}xx", "안녕yyyxx"],
  ["안녕${XXX:YYY}", "error"],
  ["안녕${XXX:+${PWD}}xx", "안녕xx"],
  ["안녕${PWD:+${XXX}}xx", "안녕xx"],
  ["안녕${PWD:+${SHELL}}xx", "안녕bashxx"],
  ["안녕${XXX:+000}xx", "안녕xx"],
  ["안녕${PWD:+000}xx", "안녕000xx"],
  ["'안녕${XX}'", "안녕${XX}"],
  ["\"안녕${PWD}\"", "안녕/home"],
  ["\"안녕'$PWD'\"", "안녕'/home'"],
  ["'\"안녕\"'", "\"안녕\""],
  ["안녕\\$PWD", "안녕$PWD"],
  ["\"안녕\\$PWD\"", "안녕$PWD"],
  ["'안녕\\$PWD'", "안녕\\$PWD"],
  ["안녕${PWD", "error"],
  ["안녕${PWD:=000}xx", "error"],
  ["안녕${PWD:+${PWD}:}xx", "안녕/home:xx"],
  ["안녕${XXX:-\\$PWD:}xx", "안녕$PWD:xx"],
  ["안녕${XXX:-\\${PWD}z}xx", "안녕${PWDz}xx"],
  ["$KOREAN", "한국어"],
  ["안녕$KOREAN", "안녕한국어"],
  ["${{aaa}", "error"],
  ["${aaa}}", "}"],
  ["${aaa", "error"],
  ["${{aaa:-bbb}", "error"],
  ["${aaa:-bbb}}", "bbb}"],
  ["${aaa:-bbb", "error"],
  ["${aaa:-bbb}", "bbb"],
  ["${aaa:-${bbb:-ccc}}", "ccc"],
  ["${aaa:-bbb ${foo}", "error"],
  ["${aaa:-bbb {foo}", "bbb {foo"],
  ["${:}", "error"],
  ["${:-bbb}", "error"],
  ["${:+bbb}", "error"],
  ["$1", ""],
  ["${1}", ""],
  ["${1:+bbb}", ""],
  ["${1:-bbb}", "bbb"],
  ["$2", ""],
  ["${2}", ""],
  ["${2:+bbb}", ""],
  ["${2:-bbb}", "bbb"],
  ["$3", ""],
  ["${3}", ""],
  ["${3:+bbb}", ""],
  ["${3:-bbb}", "bbb"],
  ["$4", ""],
  ["${4}", ""],
  ["${4:+bbb}", ""],
  ["${4:-bbb}", "bbb"],
  ["$5", ""],
  ["${5}", ""],
  ["${5:+bbb}", ""],
  ["${5:-bbb}", "bbb"],
  ["$6", ""],
  ["${6}", ""],
  ["${6:+bbb}", ""],
  ["${6:-bbb}", "bbb"],
  ["$7", ""],
  ["${7}", ""],
  ["${7:+bbb}", ""],
  ["${7:-bbb}", "bbb"],
  ["$8", ""],
  ["${8}", ""],
  ["${8:+bbb}", ""],
  ["${8:-bbb}", "bbb"],
  ["$9", ""],
  ["${9}", ""],
  ["${9:+bbb}", ""],
  ["${9:-bbb}", "bbb"],
  ["$999", ""],
  ["${999}", ""],
  ["${999:+bbb}", ""],
  ["${999:-bbb}", "bbb"],
  ["$999aaa", "aaa"],
  ["${999}aaa", "aaa"],
  ["${999:+bbb}aaa", "aaa"],
  ["${999:-bbb}aaa", "bbbaaa"],
  ["$001", ""],
  ["${001}", ""],
  ["${001:+bbb}", ""],
  ["${001:-bbb}", "bbb"],
  ["$001aaa", "aaa"],
  ["${001}aaa", "aaa"],
  ["${001:+bbb}aaa", "aaa"],
  ["${001:-bbb}aaa", "bbbaaa"],
  ["$@", ""],
  ["${@}", ""],
  ["${@:+bbb}", ""],
  ["${@:-bbb}", "bbb"],
  ["$@@@", "@@"],
  ["$@aaa", "aaa"],
  ["${@}aaa", "aaa"],
  ["${@:+bbb}aaa", "aaa"],
  ["${@:-bbb}aaa", "bbbaaa"],
  ["$*", ""],
  ["${*}", ""],
  ["${*:+bbb}", ""],
  ["${*:-bbb}", "bbb"],
  ["$#", ""],
  ["${#}", ""],
  ["${#:+bbb}", ""],
  ["${#:-bbb}", "bbb"],
  ["$?", ""],
  ["${?}", ""],
  ["${?:+bbb}", ""],
  ["${?:-bbb}", "bbb"],
  ["$-", ""],
  ["${-}", ""],
  ["${-:+bbb}", ""],
  ["${-:-bbb}", "bbb"],
  ["$$", ""],
  ["${$}", ""],
  ["${$:+bbb}", ""],
  ["${$:-bbb}", "bbb"],
  ["$!", ""],
  ["${!}", ""],
  ["${!:+bbb}", ""],
  ["${!:-bbb}", "bbb"],
  ["$0", ""],
  ["${0}", ""],
  ["${0:+bbb}", ""],
  ["${0:-bbb}", "bbb"],
];

// wordsTest: input, expected words (["error"] when rejected), the ENV lines in effect.
const WORDS_CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ["hello", ["hello"], []],
  ["hello${hi}bye", ["hellobye"], []],
  ["hello${hi}bye", ["hellohibye"], ["hi=hi"]],
  ["hello${space}bye", ["helloabc", "defbye"], ["hi=hi", "space=abc  def"]],
  ["hello\"${space}\"bye", ["helloabc  defbye"], ["hi=hi", "space=abc  def"]],
  ["hello \"${space}\"bye", ["hello", "abc  defbye"], ["hi=hi", "space=abc  def"]],
  ["hello${leading}def", ["hello", "ab", "cdef"], ["hi=hi", "space=abc  def", "leading=  ab c"]],
  ["hello\"${leading}\" def", ["hello  ab c", "def"], ["hi=hi", "space=abc  def", "leading=  ab c"]],
  ["hello\"${leading}\"", ["hello  ab c"], ["hi=hi", "space=abc  def", "leading=  ab c"]],
  ["hello${leading}", ["hello", "ab", "c"], ["hi=hi", "space=abc  def", "leading=  ab c"]],
  ["hello${trailing}", ["helloab", "c"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello${trailing}d", ["helloab", "c", "d"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello\"${trailing}\"d", ["helloab c   d"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hel\"lo${trailing}\"", ["helloab c   "], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello\" there  \"", ["hello there  "], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello there", ["hello", "there"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello\\ there", ["hello there"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello\" there", ["error"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello\\\" there", ["hello\"", "there"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello\"\\\\there\"", ["hello\\there"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello\"\\there\"", ["hello\\there"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello'\\\\there'", ["hello\\\\there"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello'\\there'", ["hello\\there"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
  ["hello'$there'", ["hello$there"], ["hi=hi", "space=abc  def", "leading=  ab c", "trailing=ab c   "]],
];

const lex = new ShellLex('\\');

describe('variable substitution (envVarTest)', () => {
  const env = envFromList(['PWD=/home', 'SHELL=bash', 'KOREAN=한국어', 'NULL=']);
  it.each(ENV_VAR_CASES)('%s → %s', (source, expected) => {
    if (expected === 'error') expect(() => lex.processWord(source, env)).toThrow(/^failed to process /);
    else expect(lex.processWord(source, env)).toBe(expected);
  });
});

describe('word splitting (wordsTest)', () => {
  it.each(WORDS_CASES)('%s → %j', (source, expected, envs) => {
    let words: readonly string[];
    try {
      words = lex.processWords(source, envFromList(envs));
    } catch {
      words = ['error'];
    }
    expect(words).toEqual(expected);
  });
});

describe('mandatory variables (${VAR:?msg}, ${VAR?msg})', () => {
  const set = envFromList(['VAR=plain', 'ARG=x']);
  const empty = envFromList(['VAR=', 'ARG=x']);
  const unset = envFromList(['ARG=x']);
  it.each([
    ['${VAR:?message here$ARG}', set, 'plain'],
    ['${VAR:?message here$ARG}', empty, 'VAR: message herex'],
    ['${VAR:?message here$ARG}', unset, 'VAR: message herex'],
    ['${VAR?message here$ARG}', set, 'plain'],
    ['${VAR?message here$ARG}', empty, ''],
    ['${VAR?message here$ARG}', unset, 'VAR: message herex'],
    ['${VAR?}', unset, 'VAR: is not allowed to be unset'],
    ['${VAR:?}', empty, 'VAR: is not allowed to be empty'],
  ] as const)('%s', (word, env, expected) => {
    if (expected.startsWith('VAR:')) {
      expect(() => lex.processWord(word, env)).toThrow(`failed to process "${word}": ${expected}`);
    } else {
      expect(lex.processWord(word, env)).toBe(expected);
    }
  });
});

// lex_test.go TestProcessWithMatches: input, env, expected ("error" = rejected), matched, unmatched.
const MATCH_CASES: readonly (readonly [string, Record<string, string>, string, string[], string[]])[] = [
  ['x', { DUMMY: 'dummy' }, 'x', [], []],
  ['x ${UNUSED}', { DUMMY: 'dummy' }, 'x ', [], ['UNUSED']],
  ['x ${FOO}', { FOO: 'y' }, 'x y', ['FOO'], []],
  ['${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}', { FOO: 'xxx', BAR: '' }, 'xxx  ccc', ['FOO', 'BAR'], ['BAZ']],
  ['${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}', { FOO: 'xxx', BAR: '' }, 'xxx bbb ccc', ['FOO', 'BAR'], ['BAZ']],
  ['${FOO:-}', { FOO: 'xxx', BAR: '' }, 'xxx', ['FOO'], []],
  ['${FOO:-}', {}, '', [], ['FOO']],
  ['${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}', { FOO: 'xxx', BAR: '' }, 'aaa bbb ', ['FOO', 'BAR'], ['BAZ']],
  ['${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}', { FOO: 'xxx', BAR: '' }, 'aaa  ', ['FOO', 'BAR'], ['BAZ']],
  ['${FOO?aaa}', { FOO: 'xxx', BAR: '' }, 'xxx', ['FOO'], []],
  ['${BAR?bbb}', { FOO: 'xxx', BAR: '' }, '', ['BAR'], []],
  ['${BAZ?ccc}', { FOO: 'xxx', BAR: '' }, 'error', [], []],
  ['${FOO:?aaa}', { FOO: 'xxx', BAR: '' }, 'xxx', ['FOO'], []],
  ['${BAR:?bbb}', { FOO: 'xxx', BAR: '' }, 'error', [], []],
  ['${BAZ:?ccc}', { FOO: 'xxx', BAR: '' }, 'error', [], []],
  ['${BAZ:?}', { FOO: 'xxx', BAR: '' }, 'error', [], []],
  ['${FOO=aaa}', { FOO: 'xxx', BAR: '' }, 'error', [], []],
  ['${FOO=:aaa}', { FOO: 'xxx', BAR: '' }, 'error', [], []],
  ['${FOO=}', {}, 'error', [], []],
  ['${FOO#()[]{\\}^$.\\*\\?|\\\\}', { FOO: '()[]{}^$.*?|\\x' }, 'x', ['FOO'], []],
  ['${FOO%%\\**}', { FOO: 'xx**' }, 'xx', ['FOO'], []],
  ['${FOO#*x*y}', { FOO: 'xxyy' }, 'y', ['FOO'], []],
  ['${FOO#*}', { FOO: 'xxyy' }, 'xxyy', ['FOO'], []],
  ['${FOO#$BAR}', { FOO: 'xxyy', BAR: 'x' }, 'xyy', ['FOO', 'BAR'], []],
  ['${FOO#$BAR}', { FOO: 'xxyy', BAR: '' }, 'xxyy', ['FOO', 'BAR'], []],
  ['${FOO#}', { FOO: 'xxyy' }, 'xxyy', ['FOO'], []],
  ['${FOO##*x}', { FOO: 'xxyy' }, 'yy', ['FOO'], []],
  ['${FOO##}', { FOO: 'xxyy' }, 'xxyy', ['FOO'], []],
  ['${FOO#?\\?}', { FOO: '???y' }, '?y', ['FOO'], []],
  ['${ABC:-.}${FOO%x}${ABC:-.}', { FOO: 'xxyy' }, '.xxyy.', ['FOO'], ['ABC']],
  ['${FOO%%\\**\\*}', { FOO: 'a***yy*' }, 'a', ['FOO'], []],
  ['${FOO%}', { FOO: 'xxyy' }, 'xxyy', ['FOO'], []],
  ['${FOO%%$BAR}', { FOO: 'xxyy', BAR: '' }, 'xxyy', ['FOO', 'BAR'], []],
  ['${FOO:#}', {}, 'error', [], []],
  ['${FOO:##}', {}, 'error', [], []],
  ['${FOO:%}', {}, 'error', [], []],
  ['${FOO:%%}', {}, 'error', [], []],
  ['${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}', { FOO: '/foo*/*/*.txt', NEEDLE: '\\*/' }, '/foo.*/*.txt - /foo..*.txt', ['FOO', 'NEEDLE'], []],
  ['${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}', { FOO: '/tmp/tmp/bar.txt', NEEDLE: '/tmp' }, '/tmp/bar.txt - /bar.txt', ['FOO', 'NEEDLE'], []],
  ['${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}', { FOO: '/a/foo/b/c.txt', NEEDLE: '/?/', REPLACEMENT: '/' }, '/foo/b/c.txt - /foo/c.txt', ['FOO', 'NEEDLE', 'REPLACEMENT'], []],
  ['${FOO/$NEEDLE/$REPLACEMENT}', { FOO: 'http://google.de', NEEDLE: 'http://', REPLACEMENT: 'https://' }, 'https://google.de', ['FOO', 'NEEDLE', 'REPLACEMENT'], []],
  ['${FOO//\\//\\/}', { FOO: '/tmp/foo.txt' }, '\\/tmp\\/foo.txt', ['FOO'], []],
  ['${FOO/$BAR/ww}', { FOO: 'xxyy', BAR: '' }, 'wwxxyy', ['FOO', 'BAR'], []],
  ['${FOO//ww}', { FOO: 'xxyy' }, 'error', [], []],
  ['${FOO//}', { FOO: 'xxyy' }, 'error', [], []],
  ['${FOO///}', { FOO: 'xxyy' }, 'xxyy', ['FOO'], []],
  ['${FOO///}', {}, '', [], ['FOO']],
];

describe('substitution with matches (lex_test.go)', () => {
  it.each(MATCH_CASES)('%s', (input, env, expected, matched, unmatched) => {
    if (expected === 'error') {
      expect(() => lex.processWithMatches(input, envFromRecord(env))).toThrow();
      return;
    }
    const result = lex.processWithMatches(input, envFromRecord(env));
    expect(result.result).toBe(expected);
    expect([...result.matched].sort()).toEqual([...matched].sort());
    expect([...result.unmatched].sort()).toEqual([...unmatched].sort());
  });

  it('builds release file names with optional platform parts', () => {
    const release = 'something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz';
    const base = { VERSION: 'v1.2.3', TARGETOS: 'linux' };
    expect(lex.processWord(release, envFromRecord({ ...base, TARGETARCH: 'arm', TARGETVARIANT: 'v7' }))).toBe('something-v1.2.3.linux-arm-v7.tar.gz');
    expect(lex.processWord(release, envFromRecord({ ...base, TARGETARCH: 'arm64', TARGETVARIANT: '' }))).toBe('something-v1.2.3.linux-arm64.tar.gz');
    expect(lex.processWord(release, envFromRecord({ ...base, TARGETARCH: 'arm64' }))).toBe('something-v1.2.3.linux-arm64.tar.gz');
  });
});

describe('lexer options', () => {
  it('keeps unset references as written with skipUnsetEnv', () => {
    const skip = lex.with({ skipUnsetEnv: true });
    const env = envFromRecord({ A: 'a' });
    expect(skip.processWord('$A $B ${C} ${D:-x} ${E/a/b}', env)).toBe('a $B ${C} ${D:-x} ${E/a/b}');
  });

  it('keeps quotes with rawQuotes and escapes with rawEscapes', () => {
    expect(lex.with({ rawQuotes: true }).processWord(`'a b' "c"`, EMPTY_ENV)).toBe(`'a b' "c"`);
    expect(lex.with({ rawEscapes: true }).processWord('a\\ b', EMPTY_ENV)).toBe('a\\ b');
  });

  it('treats quotes literally with skipProcessQuotes', () => {
    expect(lex.with({ skipProcessQuotes: true }).processWord(`"$A"`, envFromRecord({ A: 'x' }))).toBe('"x"');
  });

  it('uses the Dockerfile escape character', () => {
    const backtick = new ShellLex('`');
    expect(backtick.processWord('a`$b\\c', envFromRecord({ b: 'B' }))).toBe('a$b\\c');
    expect(backtick.processWord('"x`"y"', EMPTY_ENV)).toBe('x"y');
  });

  it('reports errors as InvalidParameter DockerErrors with the word Go-quoted', () => {
    try {
      lex.processWord('he${}', EMPTY_ENV);
      expect.unreachable();
    } catch (e) {
      expect(isDockerError(e, 'InvalidParameter')).toBe(true);
      expect((e as Error).message).toBe('failed to process "he${}": syntax error: bad substitution');
    }
  });
});

describe('lexer properties', () => {
  const plain = fc.stringMatching(/^[a-zA-Z0-9_./:-]*$/);

  it('leaves words without special characters unchanged, as one word', () => {
    fc.assert(
      fc.property(plain, (word) => {
        expect(lex.processWord(word, EMPTY_ENV)).toBe(word);
        expect(lex.processWords(word, EMPTY_ENV)).toEqual(word === '' ? [] : [word]);
      }),
    );
  });

  it('substitutes ${NAME} with any value verbatim, and "${NAME}" stays one word', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const env = envFromRecord({ NAME: value });
        expect(lex.processWord('${NAME}', env)).toBe(value);
        expect(lex.processWord('"$NAME"', env)).toBe(value);
        expect(lex.processWords('"${NAME}"', env)).toEqual(value === '' ? [] : [value]);
      }),
    );
  });

  it('backslash and backtick escape characters behave the same when swapped', () => {
    const text = fc.stringMatching(/^[a-z $"'{}:+\-\\]*$/);
    fc.assert(
      fc.property(text, (word) => {
        const env = envFromRecord({ a: 'A', b: '' });
        const swapped = word.replaceAll('\\', '`');
        const run = (l: ShellLex, w: string) => {
          try {
            return l.processWord(w, env);
          } catch {
            return 'error';
          }
        };
        expect(run(new ShellLex('`'), swapped)).toBe(run(lex, word).replaceAll('\\', '`'));
      }),
    );
  });
});
