import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFilters } from '../client/http/filters.js';
import { parseFilters, validateFilterNames } from './filters.js';

describe('filters', () => {
  it('parses the current map-of-bools form and the legacy map-of-lists form', () => {
    expect(parseFilters('{"name":{"web":true},"status":{"running":true,"exited":true}}')).toEqual({ name: ['web'], status: ['running', 'exited'] });
    expect(parseFilters('{"container":["a","b"]}')).toEqual({ container: ['a', 'b'] });
    expect(parseFilters('')).toEqual({});
    expect(parseFilters('null')).toEqual({});
    expect(parseFilters('{}')).toEqual({});
  });

  it.each(['{', '[]', '"x"', '{"type":"container"}', '{"type":{"container":"yes"}}', '{"a":{"x":true},"b":["y"]}', '{"a":[1]}'])(
    'refuses %s as an invalid filter',
    (text) => {
      expect(() => parseFilters(text)).toThrow(/^invalid filter$/);
    },
  );

  it('names a filter the endpoint does not accept', () => {
    expect(() => validateFilterNames({ enabled: ['true'], bogus: [] }, ['enabled', 'capability'])).toThrow("invalid filter 'bogus'");
    expect(() => validateFilterNames({ enabled: ['true'] }, ['enabled'])).not.toThrow();
  });

  it('reads back whatever the HTTP client encodes', () => {
    const name = fc.string({ minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.dictionary(name, fc.uniqueArray(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 })), (filters) => {
        // Values are a set (a Go map): compare them in order.
        const sorted = (f: Record<string, readonly string[]>) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, [...v].sort()]));
        const encoded = encodeFilters(filters);
        expect(sorted(encoded === undefined ? {} : parseFilters(encoded))).toEqual(sorted(filters));
      }),
    );
  });
});
