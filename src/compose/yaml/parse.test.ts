import { describe, expect, it } from 'vitest';
import { parseComposeYaml, YamlError } from './parse.js';
import { resolvePlain } from './resolve.js';

const one = (text: string) => parseComposeYaml(text)[0]!;

describe('reading compose files like go-yaml v4', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['yes', 'yes'],
    ['on', 'on'],
    ['~', null],
    ['null', null],
    ['', null],
    ['3000', 3000],
    ['017', 15],
    ['0o17', 15],
    ['0x1F', 31],
    ['1_000', 1000],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['08', 8],
    ['+12', 12],
    ['-0', -0],
    ['8080:80', '8080:80'],
    ['1:30', '1:30'],
    ['2001-12-14', '2001-12-14'],
    ['node:18-alpine', 'node:18-alpine'],
  ])('plain %j reads as %j', (text, value) => {
    expect(resolvePlain(text).value).toEqual(value);
  });

  it('keeps quoted scalars and block scalars as strings', () => {
    expect(one('a: "3000"\nb: \'true\'\nc: |\n  x\n  y\nd: !!str 12\n').value).toEqual({ a: '3000', b: 'true', c: 'x\ny\n', d: '12' });
  });

  it('applies merge keys: explicit keys win, then earlier merges', () => {
    const doc = one('x-a: &a {image: a, user: a}\nx-b: &b {image: b, tty: true}\nservices:\n  web:\n    <<: [*a, *b]\n    user: me\n');
    expect(doc.value).toMatchObject({ services: { web: { image: 'a', user: 'me', tty: true } } });
  });

  it('reads every document of a stream', () => {
    expect(parseComposeYaml('services: {a: {image: x}}\n---\nservices: {b: {image: y}}\n').map((d) => d.value)).toEqual([
      { services: { a: { image: 'x' } } },
      { services: { b: { image: 'y' } } },
    ]);
    expect(parseComposeYaml('')).toEqual([]);
    expect(parseComposeYaml('# only a comment\n')).toEqual([]);
  });

  it('records !reset (dropping the node) and !override (keeping it)', () => {
    const doc = one('services:\n  web:\n    image: !reset null\n    ports: !override\n      - 80\n');
    expect(doc.value).toEqual({ services: { web: { ports: [80] } } });
    expect(doc.resetPaths).toEqual([
      ['services', 'web', 'image'],
      ['services', 'web', 'ports'],
    ]);
  });

  it.each([
    ['services:\n  web:\n    image: a\n    image: b\n', 'line 4: mapping key "image" already defined at line 3'],
    ['services:\n  web:\n    image: a\n\tbuild: .\n', 'yaml: line 4: found a tab character that violates indentation'],
    ['a: b: c\n', 'yaml: line 1: mapping values are not allowed in this context'],
  ])('refuses %j', (text, message) => {
    expect(() => parseComposeYaml(text)).toThrow(message);
  });

  it.each([
    ['123:\n  foo:\n    image: busybox\n', 'non-string key at top level: 123'],
    ['services:\n  foo:\n    image: busybox\n  123:\n    image: busybox\n', 'non-string key in services: 123'],
    ['networks:\n  default:\n    ipam:\n      config:\n        - 123: oh dear\n', 'non-string key in networks.default.ipam.config[0]: 123'],
    ['services:\n  dict-env:\n    environment:\n      1: FOO\n', 'non-string key in services.dict-env.environment: 1'],
  ])('reports non-string keys where compose-go does (%#)', (text, message) => {
    const error = (() => {
      try {
        parseComposeYaml(text);
      } catch (e) {
        return e as YamlError;
      }
      return undefined;
    })();
    expect(error?.message).toBe(message);
    expect(error?.bare).toBe(true);
  });
});
