import { describe, expect, it } from 'vitest';
import { reversePattern, reverseString, shellPatternToRegex, trimPrefix, trimSuffix } from './pattern.js';

describe('shell substitution patterns (lex_test.go)', () => {
  it.each([
    ['*', 'anything', true],
    ['?', 'x', true],
    ['\\*', '*', true],
    ['\\*', 'x', false],
    ['(()[]{\\}^$.\\*\\?|\\\\', '(()[]{}^$.*?|\\', true],
  ])('%s matches %s: %s', (pattern, text, ok) => {
    expect(shellPatternToRegex(pattern, true, true).test(text)).toBe(ok);
  });

  it.each(['\\', '\\x', '\\\\\\'])('rejects the bad escape in %s', (pattern) => {
    expect(() => shellPatternToRegex(pattern, true, true)).toThrow(/^invalid escape/);
  });

  it.each([
    ['a\\*c', 'c\\*a'],
    ['\\\\\\ab', 'b\\a\\\\'],
    ['ab\\', '\\ba'],
    ['👽\\🚀🖖', '🖖\\🚀👽'],
    ['\\\\b', 'b\\\\'],
  ])('reverses %s as %s, keeping escapes', (pattern, reversed) => {
    expect(reversePattern(pattern)).toBe(reversed);
  });

  it('reverses strings by code point', () => {
    expect(reverseString('54321')).toBe('12345');
    expect(reverseString('🖖🚀👽')).toBe('👽🚀🖖');
  });

  it('trims shortest and longest prefixes and suffixes', () => {
    expect(trimPrefix('*/', 'a/b/c', false)).toBe('b/c');
    expect(trimPrefix('*/', 'a/b/c', true)).toBe('c');
    expect(trimSuffix('/*', 'a/b/c', false)).toBe('a/b');
    expect(trimSuffix('/*', 'a/b/c', true)).toBe('a');
  });
});
