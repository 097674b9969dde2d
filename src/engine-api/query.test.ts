import { describe, expect, it } from 'vitest';
import { Query } from './query.js';

const q = (search: string) => new Query(new URLSearchParams(search));

describe('query parameters', () => {
  // moby httputils form_test.go TestBoolValue.
  it.each([
    ['', false],
    ['0', false],
    ['no', false],
    ['false', false],
    ['none', false],
    [' False ', false],
    ['NONE', false],
    ['1', true],
    ['yes', true],
    ['true', true],
    ['True', true],
    ['one', true],
    ['100', true],
  ])('bool %j is %s', (value, expected) => {
    expect(q(`test=${encodeURIComponent(value)}`).bool('test')).toBe(expected);
  });

  it('takes a default only when the key is absent', () => {
    expect(q('').bool('stream', true)).toBe(true);
    expect(q('stream=').bool('stream', true)).toBe(false);
  });

  it('reads the first value, every value, integers and filters', () => {
    const query = q('t=a&t=b:2&n=-3&filters=%7B%22type%22%3A%7B%22container%22%3Atrue%7D%7D&unknown=1');
    expect(query.get('t')).toBe('a');
    expect(query.all('t')).toEqual(['a', 'b:2']);
    expect(query.int('n', 0)).toBe(-3);
    expect(query.int('missing', 10)).toBe(10);
    expect(() => query.int('t', 0)).toThrow('strconv.ParseInt: parsing "a": invalid syntax');
    expect(query.filters()).toEqual({ type: ['container'] });
    expect(query.timestamp('since', 'up')).toBeUndefined();
  });
});
