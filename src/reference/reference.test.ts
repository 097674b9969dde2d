import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../core/errors.js';
import { imageReference } from '../testing/arbitraries.js';
import { familiarName, familiarString, formatReference, tagNameOnly, withTag } from './format.js';
import { parseAnyReference, parseNormalizedNamed, parseReference } from './parse.js';

const message = (f: () => unknown): string => {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (isDockerError(e, 'InvalidParameter')) return e.message;
    throw e;
  }
};

describe('parseNormalizedNamed', () => {
  it.each([
    ['ubuntu', 'docker.io/library/ubuntu', 'ubuntu'],
    ['ubuntu:22.04', 'docker.io/library/ubuntu:22.04', 'ubuntu:22.04'],
    ['library/ubuntu', 'docker.io/library/ubuntu', 'ubuntu'],
    ['docker.io/ubuntu', 'docker.io/library/ubuntu', 'ubuntu'],
    ['index.docker.io/library/ubuntu', 'docker.io/library/ubuntu', 'ubuntu'],
    ['user/app', 'docker.io/user/app', 'user/app'],
    ['docker.io/library/a/b', 'docker.io/library/a/b', 'library/a/b'],
    ['localhost/app', 'localhost/app', 'localhost/app'],
    ['localhost:5000/app:v1', 'localhost:5000/app:v1', 'localhost:5000/app:v1'],
    ['myregistry.com/team/app:v1', 'myregistry.com/team/app:v1', 'myregistry.com/team/app:v1'],
    ['Docker/docker', 'Docker/docker', 'Docker/docker'],
    ['[::1]:5000/app', '[::1]:5000/app', '[::1]:5000/app'],
    ['127.0.0.1:5000/a__b--c.d', '127.0.0.1:5000/a__b--c.d', '127.0.0.1:5000/a__b--c.d'],
    [`alpine@sha256:${'a'.repeat(64)}`, `docker.io/library/alpine@sha256:${'a'.repeat(64)}`, `alpine@sha256:${'a'.repeat(64)}`],
    [`alpine:3.19@sha256:${'b'.repeat(64)}`, `docker.io/library/alpine:3.19@sha256:${'b'.repeat(64)}`, `alpine:3.19@sha256:${'b'.repeat(64)}`],
  ])('%s → %s (familiar %s)', (input, canonical, familiar) => {
    const ref = parseNormalizedNamed(input);
    expect(formatReference(ref)).toBe(canonical);
    expect(familiarString(ref)).toBe(familiar);
  });

  it.each([
    ['', 'invalid reference format'],
    ['Ubuntu', 'invalid reference format: repository name (library/Ubuntu) must be lowercase'],
    ['docker/Docker', 'invalid reference format: repository name (docker/Docker) must be lowercase'],
    ['user/App:v1', 'invalid reference format: repository name (user/App) must be lowercase'],
    ['ubuntu:', 'invalid reference format'],
    ['ubuntu:-bad', 'invalid reference format'],
    ['-ubuntu', 'invalid reference format'],
    ['ubuntu..x', 'invalid reference format'],
    ['a/b//c', 'invalid reference format'],
    ['ubuntu:' + 'x'.repeat(129), 'invalid reference format'],
    ['ubuntu@sha256:abc', 'invalid reference format'],
    [`ubuntu@sha256:${'a'.repeat(32)}`, 'invalid checksum digest length'],
    [`ubuntu@sha256:${'A'.repeat(64)}`, 'invalid checksum digest format'],
    [`ubuntu@md5:${'a'.repeat(32)}`, 'unsupported digest algorithm'],
    ['a'.repeat(64), `invalid repository name (${'a'.repeat(64)}), cannot specify 64-byte hexadecimal strings`],
    ['x/' + 'a'.repeat(254), 'repository name must not be more than 255 characters'],
  ])('%j fails with %j', (input, expected) => {
    expect(message(() => parseNormalizedNamed(input))).toBe(expected);
  });

  it('raw parse reports uppercase without normalizing', () => {
    expect(message(() => parseReference('docker/Docker'))).toBe('repository name must be lowercase');
    expect(message(() => parseReference(''))).toBe('repository name must have at least one component');
    expect(parseReference('library/ubuntu')).toEqual({ domain: 'library', path: 'ubuntu' });
  });

  it('familiar names drop docker.io and library/', () => {
    expect(familiarName(parseNormalizedNamed('docker.io/library/node'))).toBe('node');
    expect(familiarName(parseNormalizedNamed('localhost:5000/library/node'))).toBe('localhost:5000/library/node');
  });

  it('adds latest only when there is neither tag nor digest', () => {
    expect(formatReference(tagNameOnly(parseNormalizedNamed('alpine')))).toBe('docker.io/library/alpine:latest');
    expect(formatReference(tagNameOnly(parseNormalizedNamed(`alpine@sha256:${'c'.repeat(64)}`)))).toBe(`docker.io/library/alpine@sha256:${'c'.repeat(64)}`);
    expect(message(() => withTag(parseNormalizedNamed('alpine'), 'bad tag'))).toBe('invalid tag format');
  });

  it('parseAnyReference takes image ids and digests', () => {
    expect(parseAnyReference('f'.repeat(64))).toEqual({ digest: `sha256:${'f'.repeat(64)}` });
    expect(parseAnyReference(`sha256:${'e'.repeat(64)}`)).toEqual({ digest: `sha256:${'e'.repeat(64)}` });
    expect(parseAnyReference('busybox')).toMatchObject({ domain: 'docker.io', path: 'library/busybox' });
  });
});

describe('reference properties', () => {
  it('parse(format(r)) = r for generated references', () => {
    fc.assert(
      fc.property(imageReference(), (r) => {
        expect(parseReference(formatReference(r))).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });

  it('normalization is idempotent, also through the familiar form', () => {
    fc.assert(
      fc.property(imageReference(), (r) => {
        const once = parseNormalizedNamed(familiarString(r));
        expect(once).toEqual(r);
        expect(parseNormalizedNamed(formatReference(once))).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });
});
