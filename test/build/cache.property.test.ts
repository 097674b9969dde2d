/**
 * The classic cache's invariants, as properties over generated Dockerfiles and contexts: a second
 * identical build is all hits with the same image; changing the file of the k-th COPY keeps the
 * steps before it cached and rebuilds the rest; `--no-cache` gives identical layers; files
 * excluded by `.dockerignore` never reach a layer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkTree } from '../../src/fs/tree.js';
import { containerWorld } from '../helpers/container-world.js';
import { build, hits } from './helpers.js';

type Step = { kind: 'copy'; file: number } | { kind: 'run'; text: string } | { kind: 'env'; value: string } | { kind: 'workdir'; dir: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('copy' as const), file: fc.nat(3) }),
  fc.record({ kind: fc.constant('run' as const), text: fc.stringMatching(/^[a-z]{1,6}$/) }),
  fc.record({ kind: fc.constant('env' as const), value: fc.stringMatching(/^[a-z0-9]{1,5}$/) }),
  fc.record({ kind: fc.constant('workdir' as const), dir: fc.constantFrom('/app', '/srv', 'sub') }),
);

function dockerfile(steps: readonly Step[]): string {
  const lines = steps.map((s, i) => {
    switch (s.kind) {
      case 'copy':
        return `COPY f${s.file}.txt /c${i}/`;
      case 'run':
        return `RUN echo ${s.text} > /r${i}.txt`;
      case 'env':
        return `ENV V${i}=${s.value}`;
      case 'workdir':
        return `WORKDIR ${s.dir}`;
    }
  });
  return `FROM alpine\n${lines.join('\n')}\n`;
}

const contents = fc.array(fc.stringMatching(/^[a-z]{0,8}$/), { minLength: 4, maxLength: 4 });
const files = (steps: readonly Step[], text: readonly string[]) => ({ Dockerfile: dockerfile(steps), ...Object.fromEntries(text.map((t, i) => [`f${i}.txt`, t])) });

describe('classic cache properties', () => {
  it('the same Dockerfile and context twice: all hits, same image id', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), contents, fc.nat(5), async (steps, text, seed) => {
        const world = containerWorld(seed);
        const first = await build(world, { files: files(steps, text) });
        await world.clock.hold(world.clock.sleep(1000));
        const second = await build(world, { files: files(steps, text) });
        expect(first.error).toBeUndefined();
        expect(second.imageId).toBe(first.imageId);
        expect(hits(second.log)).toBe(steps.length);
      }),
      { numRuns: 15 },
    );
  });

  it('changing the file of the k-th COPY: steps before it cached, it and the rest rebuilt', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), fc.nat(5), contents, async (steps, at, text) => {
        const k = at % steps.length;
        const withCopy = steps.map((s, i) => (i === k ? ({ kind: 'copy', file: 0 } as const) : s.kind === 'copy' ? ({ kind: 'copy', file: 1 + (s.file % 3) } as const) : s));
        const world = containerWorld();
        await build(world, { files: files(withCopy, text) });
        const changed = [`${text[0]}!`, ...text.slice(1)];
        const second = await build(world, { files: files(withCopy, changed) });
        expect(hits(second.log)).toBe(k);
        // Step k+2 (after FROM) is the changed COPY: no cache from there on.
        const after = second.log.slice(second.log.indexOf(`Step ${k + 2}/`));
        expect(after).not.toContain('Using cache');
      }),
      { numRuns: 15 },
    );
  });

  it('--no-cache: no hits, identical layer digests even at a later time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), contents, fc.integer({ min: 1, max: 10_000_000 }), async (steps, text, later) => {
        const world = containerWorld();
        const first = await build(world, { files: files(steps, text) });
        await world.clock.hold(world.clock.sleep(later));
        const second = await build(world, { files: files(steps, text) }, { noCache: true });
        expect(hits(second.log)).toBe(0);
        const images = world.host().daemon.images;
        expect(images.get(second.imageId!).config.rootfs.diff_ids).toEqual(images.get(first.imageId!).config.rootfs.diff_ids);
      }),
      { numRuns: 10 },
    );
  });

  it('files excluded by .dockerignore never reach a layer', async () => {
    const name = fc.stringMatching(/^[a-c]{1,2}$/);
    const path = fc.array(name, { minLength: 1, maxLength: 3 }).map((p) => p.join('/'));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(path, { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('a', 'b*', '**/c', 'a/**', '!a/b', '/b', 'c?'), { maxLength: 3 }), async (paths, patterns) => {
        // Keep a consistent tree: no path both a file and a directory.
        const leaves = paths.filter((p) => !paths.some((q) => q !== p && q.startsWith(`${p}/`)));
        const context = { Dockerfile: 'FROM alpine\nCOPY . /ctx/\n', '.dockerignore': `${patterns.join('\n')}\n`, ...Object.fromEntries(leaves.map((p) => [p, 'secret'])) };
        const world = containerWorld();
        const { PatternMatcher } = await import('../../src/build/context/matcher.js');
        const matcher = new PatternMatcher(patterns.map((p) => p.replace(/^(!?)\//, '$1')));
        const result = await build(world, { files: context });
        expect(result.error).toBeUndefined();
        const images = world.host().daemon.images;
        const layers = images.layers(images.get(result.imageId!));
        const written = new Set<string>();
        walkTree(layers[layers.length - 1]!.tree, (p, node) => void (node.kind === 'file' && written.add(p)));
        for (const leaf of leaves) {
          const ignored = matcher.matchesOrParentMatches(leaf);
          if (ignored) expect(written.has(`/ctx/${leaf}`)).toBe(false);
          else expect(written.has(`/ctx/${leaf}`) || patterns.some((p) => p.startsWith('!'))).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});
