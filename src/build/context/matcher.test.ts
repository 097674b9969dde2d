/**
 * `.dockerignore` matching against moby/patternmatcher's own test tables (patternmatcher_test.go,
 * ignorefile_test.go), reimplemented as data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDockerignore } from './dockerignore.js';
import { matches, matchesOrParentMatches, NO_PARENT, PatternMatcher } from './matcher.js';
import type { ParentMatchInfo } from './matcher.js';
import { IgnorePattern } from './pattern.js';

describe('readDockerignore (ignorefile.ReadAll)', () => {
  it('trims, cleans, drops comments and leading slashes, keeps exceptions', () => {
    const content = 'test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! ';
    expect(readDockerignore(content)).toEqual(['test1', 'test2', 'a/file/here', 'lastfile', '!inverted/abs/path', '!', '!']);
  });

  it('drops a BOM and CRLF line ends, and cleans paths', () => {
    expect(readDockerignore('\ufeffnode_modules\r\n./dist//x/../y/\r\n  # not a comment\r\n/\n')).toEqual(['node_modules', 'dist/y', '# not a comment', '/']);
    expect(readDockerignore('')).toEqual([]);
  });
});

// patternmatcher_test.go TestMatches: pattern, path, excluded?
const SINGLE: readonly (readonly [string, string, boolean])[] = [
  ['**', 'file', true],
  ['**', 'file/', true],
  ['**/', 'file', true],
  ['**/', 'file/', true],
  ['**', '/', true],
  ['**/', '/', true],
  ['**', 'dir/file', true],
  ['**/', 'dir/file', true],
  ['**', 'dir/file/', true],
  ['**/', 'dir/file/', true],
  ['**/**', 'dir/file', true],
  ['**/**', 'dir/file/', true],
  ['dir/**', 'dir/file', true],
  ['dir/**', 'dir/file/', true],
  ['dir/**', 'dir/dir2/file', true],
  ['dir/**', 'dir/dir2/file/', true],
  ['**/dir', 'dir', true],
  ['**/dir', 'dir/file', true],
  ['**/dir2/*', 'dir/dir2/file', true],
  ['**/dir2/*', 'dir/dir2/file/', true],
  ['**/dir2/**', 'dir/dir2/dir3/file', true],
  ['**/dir2/**', 'dir/dir2/dir3/file/', true],
  ['**file', 'file', true],
  ['**file', 'dir/file', true],
  ['**/file', 'dir/file', true],
  ['**file', 'dir/dir/file', true],
  ['**/file', 'dir/dir/file', true],
  ['**/file*', 'dir/dir/file', true],
  ['**/file*', 'dir/dir/file.txt', true],
  ['**/file*txt', 'dir/dir/file.txt', true],
  ['**/file*.txt', 'dir/dir/file.txt', true],
  ['**/file*.txt*', 'dir/dir/file.txt', true],
  ['**/**/*.txt', 'dir/dir/file.txt', true],
  ['**/**/*.txt2', 'dir/dir/file.txt', false],
  ['**/*.txt', 'file.txt', true],
  ['**/**/*.txt', 'file.txt', true],
  ['a**/*.txt', 'a/file.txt', true],
  ['a**/*.txt', 'a/dir/file.txt', true],
  ['a**/*.txt', 'a/dir/dir/file.txt', true],
  ['a/*.txt', 'a/dir/file.txt', false],
  ['a/*.txt', 'a/file.txt', true],
  ['a/*.txt**', 'a/file.txt', true],
  ['a[b-d]e', 'ae', false],
  ['a[b-d]e', 'ace', true],
  ['a[b-d]e', 'aae', false],
  ['a[^b-d]e', 'aze', true],
  ['.*', '.foo', true],
  ['.*', 'foo', false],
  ['abc.def', 'abcdef', false],
  ['abc.def', 'abc.def', true],
  ['abc.def', 'abcZdef', false],
  ['abc?def', 'abcZdef', true],
  ['abc?def', 'abcdef', false],
  ['a\\\\', 'a\\', true],
  ['**/foo/bar', 'foo/bar', true],
  ['**/foo/bar', 'dir/foo/bar', true],
  ['**/foo/bar', 'dir/dir2/foo/bar', true],
  ['abc/**', 'abc', false],
  ['abc/**', 'abc/def', true],
  ['abc/**', 'abc/def/ghi', true],
  ['**/.foo', '.foo', true],
  ['**/.foo', 'bar.foo', false],
  ['a(b)c/def', 'a(b)c/def', true],
  ['a(b)c/def', 'a(b)c/xyz', false],
  ['a.|)$(}+{bc', 'a.|)$(}+{bc', true],
  ['dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', true],
  ['dist/*.whl', 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', true],
  ['a\\*b', 'a*b', true],
];

const MULTI: readonly (readonly [readonly string[], string, boolean])[] = [
  [['**', '!util/docker/web'], 'util/docker/web/foo', false],
  [['**', '!util/docker/web', 'util/docker/web/foo'], 'util/docker/web/foo', true],
  [['**', '!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl'], 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', false],
  [['**', '!dist/*.whl'], 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', false],
];
const CASES = [...SINGLE.map(([p, t, ok]) => [[p], t, ok] as const), ...MULTI];

/** Walks the parents of `text` first, as the CLI's tar walk does, then matches `text`. */
function withParents(pm: PatternMatcher, text: string): boolean {
  let info: ParentMatchInfo = NO_PARENT;
  const parts = text.split('/');
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (dir === '') continue;
    info = pm.matchesUsingParentResults(dir, info).info;
  }
  return pm.matchesUsingParentResults(text, info).matched;
}

describe('PatternMatcher (TestMatches)', () => {
  it.each(CASES)('MatchesOrParentMatches(%j, %j) = %s', (patterns, text, ok) => {
    expect(new PatternMatcher(patterns).matchesOrParentMatches(text)).toBe(ok);
  });

  it.each(CASES)('MatchesUsingParentResults(%j, %j) with parents = %s', (patterns, text, ok) => {
    expect(withParents(new PatternMatcher(patterns), text)).toBe(ok);
  });

  it.each(CASES)('MatchesUsingParentResults(%j, %j) without parents = %s', (patterns, text, ok) => {
    expect(new PatternMatcher(patterns).matchesUsingParentResults(text, NO_PARENT).matched).toBe(ok);
  });
});

describe('package-level matching (TestWildcardMatches and friends)', () => {
  it.each([
    ['fileutils.go', ['*'], true],
    ['fileutils.go', ['*.go'], true],
    ['fileutils.go', ['!fileutils.go', '*.go'], true],
    ['docs/README.md', ['docs', '!docs/README.md'], false],
    ['docs/README.md', ['docs/', '!docs/README.md'], false],
    ['docs/README.md', ['docs/*', '!docs/README.md'], false],
    ['fileutils.go', ['*.go', '!fileutils.go'], false],
    ['.', ['*.go'], false],
    ['/any/path/there', [], false],
  ] as const)('Matches(%j, %j) = %s', (file, patterns, ok) => {
    expect(matches(file, patterns)).toBe(ok);
    expect(matchesOrParentMatches(file, patterns)).toBe(ok);
  });

  it('rejects a lone ! and malformed patterns', () => {
    expect(() => new PatternMatcher(['!'])).toThrow('illegal exclusion pattern: "!"');
    expect(() => matches('/any/path/there', ['['])).toThrow('syntax error in pattern');
  });

  it('fails every match of a pattern that validates but does not compile (moby#52203)', () => {
    const pm = new PatternMatcher(['[Local-Only]/']);
    expect(() => pm.matchesOrParentMatches('x')).toThrow('syntax error in pattern');
    expect(() => pm.matchesOrParentMatches('x')).toThrow('syntax error in pattern');
  });

  it('cleans patterns, drops empty ones and notes exceptions', () => {
    expect(new PatternMatcher(['docs', 'config', '']).patterns.map(String)).toEqual(['docs', 'config']);
    expect(new PatternMatcher(['docs', '  !docs/README.md']).exclusions).toBe(true);
    expect(new PatternMatcher(['docs', '!docs/README.md  ']).exclusions).toBe(true);
  });

  it('only checks the parent prefix as deep as the pattern in the deprecated Matches', () => {
    // `**/c` matches the parent `a/b/c` of `a/b/c/d`, but Matches only tries `a/b` (two levels).
    expect(matchesOrParentMatches('a/b/c/d', ['**/c'])).toBe(true);
    expect(matches('a/b/c/d', ['**/c'])).toBe(false);
  });
});

describe('pattern compilation (TestCompile)', () => {
  it.each([
    ['*', 'regexp'],
    ['file*', 'regexp'],
    ['*file', 'regexp'],
    ['a*/b', 'regexp'],
    ['**', 'suffix'],
    ['**/**', 'regexp'],
    ['dir/**', 'prefix'],
    ['**/dir', 'suffix'],
    ['**/dir2/*', 'regexp'],
    ['**/dir2/**', 'regexp'],
    ['**file', 'suffix'],
    ['**/file*txt', 'regexp'],
    ['**/**/*.txt', 'regexp'],
    ['a[b-d]e', 'regexp'],
    ['.*', 'regexp'],
    ['abc.def', 'exact'],
    ['abc?def', 'regexp'],
    ['**/foo/bar', 'suffix'],
    ['a(b)c/def', 'exact'],
    ['a.|)$(}+{bc', 'exact'],
    ['dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', 'exact'],
  ])('%s is a %s match', (pattern, type) => {
    expect(new IgnorePattern(pattern, false).matchType).toBe(type);
  });
});

describe('matcher properties', () => {
  const segment = fc.stringMatching(/^[a-z]{1,3}$/);
  const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

  it('a literal pattern excludes that path and everything below it', () => {
    fc.assert(
      fc.property(path, fc.array(segment, { maxLength: 3 }), (dir, below) => {
        const pm = new PatternMatcher([dir]);
        expect(pm.matchesOrParentMatches([dir, ...below].join('/'))).toBe(true);
      }),
    );
  });

  it('the last matching pattern wins: appending `!p` after `p` re-includes exactly p', () => {
    fc.assert(
      fc.property(path, path, (p, other) => {
        const pm = new PatternMatcher([p, `!${p}`]);
        expect(pm.matchesOrParentMatches(p)).toBe(false);
        const excluded = new PatternMatcher([p]).matchesOrParentMatches(other);
        // Exceptions only re-include what matches them: a child of p stays excluded via its parent.
        if (!excluded) expect(pm.matchesOrParentMatches(other)).toBe(false);
      }),
    );
  });

  it('walking with parent results agrees with matchesOrParentMatches for inclusion-only patterns', () => {
    const pattern = fc.array(fc.constantFrom('a', 'b', '*', '**', '?'), { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 3 }), path, (patterns, p) => {
        const pm = new PatternMatcher(patterns);
        expect(withParents(pm, p)).toBe(pm.matchesOrParentMatches(p));
      }),
    );
  });
});
