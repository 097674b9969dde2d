/**
 * The build context end to end, as the docker CLI sends it and the classic builder reads it:
 * .dockerignore filtering (with Docker's exception quirks), COPY source resolution and errors,
 * destinations, and the checksums that key the cache.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../../core/errors.js';
import { copyPlacements, normalizeCopyDest } from './destination.js';
import { readDockerignore } from './dockerignore.js';
import type { ContextEntry } from './listing.js';
import { compareWalkOrder, normalizeListing } from './listing.js';
import { PatternMatcher } from './matcher.js';
import { filterContext, removeIgnoredBuildFiles, trimBuildFilesFromExcludes, validateContext } from './send.js';
import { containsWildcards, indexSources, resolveCopySources, resolveInScope } from './sources.js';
import { contextEntrySum } from './tarsum.js';

const file = (path: string, content = path): ContextEntry => ({ path, kind: 'file', sum: contextEntrySum({ path, kind: 'file' }, 0o644, new TextEncoder().encode(content)) });
const dir = (path: string): ContextEntry => ({ path, kind: 'dir', sum: contextEntrySum({ path, kind: 'dir' }, 0o755) });
const link = (path: string, target: string): ContextEntry => ({ path, kind: 'symlink', target });
const paths = (entries: readonly ContextEntry[]) => entries.map((e) => e.path);

// The getting-started app, roughly.
const APP: ContextEntry[] = [
  file('Dockerfile'),
  file('.dockerignore', 'node_modules\n'),
  file('package.json'),
  file('yarn.lock'),
  dir('src'),
  file('src/index.js'),
  dir('src/static'),
  file('src/static/index.html'),
  dir('node_modules'),
  file('node_modules/express/index.js'),
  file('README.md'),
];

describe('the context the CLI sends', () => {
  it('refuses listings with something inside a file', () => {
    expect(() => normalizeListing([file('a'), file('a/b')])).toThrow('invalid build context: a: not a directory');
  });

  it('walks like Go (a directory before its contents, names in byte order)', () => {
    expect(paths(normalizeListing([file('a-b'), file('a/b'), file('B'), file('a.txt')]))).toEqual(['B', 'a', 'a/b', 'a-b', 'a.txt']);
    expect(compareWalkOrder('a/b', 'a-b')).toBeLessThan(0);
  });

  it('drops what .dockerignore excludes, with implied directories made real', () => {
    const sent = filterContext([file('x/y/z.txt'), file('keep.txt'), file('skip.log')], ['*.log']);
    expect(paths(sent)).toEqual(['keep.txt', 'x', 'x/y', 'x/y/z.txt']);
    expect(sent.find((e) => e.path === 'x')?.kind).toBe('dir');
  });

  it('sends the getting-started app without node_modules', () => {
    const excludes = trimBuildFilesFromExcludes(readDockerignore('node_modules\n'), 'Dockerfile');
    expect(paths(filterContext(APP, excludes))).toEqual(['.dockerignore', 'Dockerfile', 'README.md', 'package.json', 'src', 'src/index.js', 'src/static', 'src/static/index.html', 'yarn.lock']);
  });

  it('always sends the Dockerfile and .dockerignore, but the daemon drops them when excluded', () => {
    const ignore = ['Dockerfile', '.dockerignore', '*.md'];
    const excludes = trimBuildFilesFromExcludes(ignore, 'Dockerfile');
    expect(excludes).toEqual([...ignore, '!.dockerignore', '!Dockerfile']);
    const sent = filterContext(APP, excludes);
    expect(paths(sent)).toContain('Dockerfile');
    expect(paths(sent)).not.toContain('README.md');
    const seen = removeIgnoredBuildFiles(sent, ignore, 'Dockerfile');
    expect(paths(seen)).not.toContain('Dockerfile');
    expect(paths(seen)).not.toContain('.dockerignore');
    expect(trimBuildFilesFromExcludes(ignore, 'Dockerfile', true)).toEqual([...ignore, '!.dockerignore']);
  });

  it.each([
    ['an exception inside an excluded directory is walked into', ['docs', '!docs/README.md'], ['docs/README.md']],
    // `docs/*` does not match `docs` itself, so the directory is sent too.
    ['an exception under a wildcard directory pattern', ['docs/*', '!docs/README.md'], ['docs', 'docs/README.md']],
    // The CLI only walks into an excluded directory whose path prefixes an exception pattern.
    ['`!**/README.md` cannot rescue a file in an excluded directory', ['docs', '!**/README.md'], []],
    ['later patterns win over exceptions', ['docs', '!docs/README.md', 'docs/README.md'], []],
    ['an exception of a whole directory', ['**', '!docs'], ['docs', 'docs/README.md', 'docs/guide.md']],
  ])('%s', (_, excludes, expected) => {
    const listing = [dir('docs'), file('docs/README.md'), file('docs/guide.md')];
    expect(paths(filterContext(listing, excludes))).toEqual(expected);
  });

  it('fails like the CLI on malformed patterns', () => {
    expect(() => filterContext(APP, ['['])).toThrow('checking context: syntax error in pattern');
    expect(() => validateContext(APP, ['!'])).toThrow('checking context: illegal exclusion pattern: "!"');
    expect(() => filterContext(APP, ['[Local-Only]/'])).toThrow('checking context: syntax error in pattern');
  });

  it('never sends a file matched by an inclusion-only .dockerignore', () => {
    const name = fc.constantFrom('a', 'b', 'c.txt', 'd.md');
    const entry = fc.array(name, { minLength: 1, maxLength: 3 }).map((p) => file(p.join('/')));
    const pattern = fc.array(fc.constantFrom('a', 'b', '*', '**', '*.md', 'c.txt'), { minLength: 1, maxLength: 3 }).map((p) => p.join('/'));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.array(pattern, { maxLength: 3 }), (raw, excludes) => {
        // Nothing can be listed inside a file.
        const listing = raw.filter((e) => !raw.some((o) => o.path.startsWith(`${e.path}/`)));
        const pm = new PatternMatcher(excludes);
        const sent = filterContext(listing, excludes);
        for (const e of sent) expect(pm.matchesOrParentMatches(e.path)).toBe(false);
        for (const e of normalizeListing(listing)) {
          if (!pm.matchesOrParentMatches(e.path)) expect(paths(sent)).toContain(e.path);
        }
      }),
    );
  });
});

describe('COPY sources (classic builder)', () => {
  const index = indexSources(filterContext(APP, ['node_modules']));
  const copy = (sources: string[], dest = '/app/') => resolveCopySources(index, sources, dest, { instruction: 'COPY' });

  it('copies single files with a file: checksum and several with multi:', () => {
    const one = copy(['package.json'], '.');
    expect(one.sources).toMatchObject([{ path: 'package.json', kind: 'file' }]);
    expect(one.hash).toBe(`file:${APP.find((e) => e.path === 'package.json')!.sum}`);
    expect(copy(['package.json', 'yarn.lock'], './').hash).toMatch(/^multi:[0-9a-f]{64}$/);
  });

  it('copies a directory (its contents) with a dir: checksum of everything in it', () => {
    const src = copy(['src'], '/app/src');
    expect(src.sources).toMatchObject([{ path: 'src', kind: 'dir' }]);
    expect(src.hash).toMatch(/^dir:/);
    expect(copy(['./src/'], '/app/src').hash).toBe(src.hash);
    expect(copy(['/src'], '/app/src').hash).toBe(src.hash);
  });

  it('matches globs per path with Go filepath.Match: * does not cross /', () => {
    expect(paths(copy(['*.json']).sources.map((s) => ({ ...s, kind: 'file' as const })))).toEqual(['package.json']);
    expect(copy(['src/*']).sources.map((s) => s.path)).toEqual(['src/index.js', 'src/static']);
    expect(copy(['*/*.js']).sources.map((s) => s.path)).toEqual(['src/index.js']);
    expect(containsWildcards('a\\*b')).toBe(false);
    expect(containsWildcards('[ab]')).toBe(true);
  });

  it.each([
    [['../secret'], '/app/', 'COPY failed: forbidden path outside the build context: ../secret ()'],
    [['src/../../x'], '/app/', 'COPY failed: forbidden path outside the build context: src/../../x ()'],
    [['/../x'], '/app/', 'COPY failed: forbidden path outside the build context: ../x ()'],
    [['missing.txt'], '/app/', 'COPY failed: file not found in build context or excluded by .dockerignore: stat missing.txt: file does not exist'],
    [['node_modules'], '/app/', 'COPY failed: file not found in build context or excluded by .dockerignore: stat node_modules: file does not exist'],
    [['nomatch*'], '/app/', 'COPY failed: no source files were specified'],
    [['package.json', 'yarn.lock'], '/app', 'When using COPY with more than one source file, the destination must be a directory and end with a /'],
    [['*.json', 'yarn.lock'], '.', 'When using COPY with more than one source file, the destination must be a directory and end with a /'],
    [['https://example.com/x.tgz'], '/app/', "COPY failed: source can't be a URL for COPY"],
  ])('COPY %j %s fails: %s', (sources, dest, message) => {
    try {
      copy(sources, dest);
      expect.unreachable();
    } catch (e) {
      expect(isDockerError(e)).toBe(true);
      expect((e as Error).message).toBe(message);
    }
  });

  it('words a missing `COPY --from` source as a plain stat error', () => {
    expect(() => resolveCopySources(index, ['nope'], '/x', { instruction: 'COPY', origin: 'image' })).toThrow('COPY failed: stat nope: file does not exist');
  });

  it('leaves ADD URLs to the caller', () => {
    expect(resolveCopySources(index, ['https://x/y', 'yarn.lock'], '/app/', { instruction: 'ADD' }).sources).toMatchObject([{ kind: 'url', path: 'https://x/y' }, { kind: 'file' }]);
  });

  it('follows symlinks inside the context only', () => {
    const idx = indexSources([file('real.txt'), link('abs', '/real.txt'), link('up', '../../real.txt'), link('loop', 'loop'), link('dangling', 'nope'), dir('d'), link('d/parent', '..')]);
    expect(resolveInScope(idx, 'abs')).toBe('real.txt');
    expect(resolveInScope(idx, 'up')).toBe('real.txt');
    expect(resolveInScope(idx, 'd/parent/real.txt')).toBe('real.txt');
    const c = (s: string) => resolveCopySources(idx, [s], '/x', { instruction: 'COPY' });
    expect(c('abs').hash).toBe(c('real.txt').hash);
    expect(c('abs').sources[0]).toMatchObject({ path: 'abs', resolved: 'real.txt', kind: 'file' });
    expect(() => c('dangling')).toThrow('stat dangling: file does not exist');
    expect(() => c('loop')).toThrow('stat loop: file does not exist');
  });
});

describe('COPY checksums key the cache', () => {
  const content = fc.string({ maxLength: 20 });

  it('depend on the content of the files used, not on their siblings', () => {
    fc.assert(
      fc.property(content, content, content, (a, b, other) => {
        const before = indexSources([file('src/a.js', a), file('src/b.js', b), file('other.txt', 'x')]);
        const after = indexSources([file('src/a.js', a), file('src/b.js', b), file('other.txt', other)]);
        const hash = (i: typeof before) => resolveCopySources(i, ['src'], '/app', { instruction: 'COPY' }).hash;
        expect(hash(after)).toBe(hash(before));
        const changed = indexSources([file('src/a.js', `${a}!`), file('src/b.js', b), file('other.txt', 'x')]);
        expect(hash(changed)).not.toBe(hash(before));
      }),
    );
  });

  it('ignore what .dockerignore excludes', () => {
    fc.assert(
      fc.property(content, (log) => {
        const listing = [file('src/a.js', 'a'), file('src/debug.log', log)];
        const hash = resolveCopySources(indexSources(filterContext(listing, ['**/*.log'])), ['.'], '/app', { instruction: 'COPY' }).hash;
        const without = resolveCopySources(indexSources(filterContext([listing[0]!], [])), ['.'], '/app', { instruction: 'COPY' }).hash;
        expect(hash).toBe(without);
      }),
    );
  });
});

describe('COPY destinations', () => {
  const index = indexSources([dir('src'), file('src/a.js'), dir('src/lib'), file('src/lib/b.js'), link('src/l', 'a.js'), file('pkg.json')]);
  const src = (p: string) => resolveCopySources(index, [p], '/x', { instruction: 'COPY' }).sources[0]!;

  it.each([
    ['/app', '.', '/app'],
    ['/app', './', '/app/'],
    ['/app', 'sub/dir/', '/app/sub/dir/'],
    ['', 'x', '/x'],
    ['/app', '/abs//', '/abs//'],
  ])('WORKDIR %s + COPY … %s → %s', (workdir, dest, out) => {
    expect(normalizeCopyDest(workdir, dest)).toBe(out);
  });

  it('puts a file at the destination, or inside it when it ends in / or is a directory', () => {
    expect(copyPlacements(index, src('pkg.json'), '/app/package.json', false)).toEqual([{ from: 'pkg.json', to: '/app/package.json', kind: 'file' }]);
    expect(copyPlacements(index, src('pkg.json'), '/app/', false)[0]!.to).toBe('/app/pkg.json');
    expect(copyPlacements(index, src('pkg.json'), '/app', true)[0]!.to).toBe('/app/pkg.json');
  });

  it('copies a directory\'s contents, keeping symlinks', () => {
    expect(copyPlacements(index, src('src'), '/app', false)).toEqual([
      { from: 'src', to: '/app', kind: 'dir' },
      { from: 'src/a.js', to: '/app/a.js', kind: 'file' },
      { from: 'src/l', to: '/app/l', kind: 'symlink' },
      { from: 'src/lib', to: '/app/lib', kind: 'dir' },
      { from: 'src/lib/b.js', to: '/app/lib/b.js', kind: 'file' },
    ]);
  });
});
