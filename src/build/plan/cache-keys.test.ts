/**
 * The classic cache's inputs, chained as the builder chains them (each step's key is its parent
 * image plus its recorded config): the front end must make a step miss exactly when Docker's does.
 * The chain here stands in for image ids; the builder keys real images the same way.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexSources, resolveCopySources } from '../context/sources.js';
import { filterContext } from '../context/send.js';
import type { ContextEntry } from '../context/listing.js';
import { contextEntrySum } from '../context/tarsum.js';
import { parseDockerfile } from '../dockerfile/parser.js';
import { expandInstruction } from '../instructions/expand.js';
import { parseStages } from '../instructions/stages.js';
import { ShellLex } from '../shell/lex.js';
import { BuildArgs } from './build-args.js';
import type { StageState } from './dispatch.js';
import { applyMetadata, expansionEnv, planRun } from './dispatch.js';
import { copyComment, nopCommandString } from './history.js';
import { beginStageConfig, classicCacheKey } from './run-config.js';
import { planClassicBuild } from './steps.js';

const lex = new ShellLex('\\');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The chain of step keys of a one-stage classic build. */
function chain(dockerfile: string, files: Record<string, string>, buildArgs: Record<string, string> = {}, ignore: string[] = []): string[] {
  const listing: ContextEntry[] = Object.entries(files).map(([path, content]) => ({
    path,
    kind: 'file',
    sum: contextEntrySum({ path, kind: 'file' }, 0o644, new TextEncoder().encode(content)),
  }));
  const index = indexSources(filterContext(listing, ignore));
  const plan = planClassicBuild(parseStages(parseDockerfile(dockerfile)));
  let args = BuildArgs.of(buildArgs);
  for (const a of plan.metaArgs.flatMap((m) => m.args)) args = args.addArg(a.key, a.value).addMetaArg(a.key, a.value);
  let state: StageState = { config: beginStageConfig(null, ''), args: args.forNewStage(), maintainer: '', cmdSet: false };
  let parent = 'sha256:base';
  const keys: string[] = [];
  for (const step of plan.steps) {
    if (step.kind !== 'instruction') continue;
    const i = expandInstruction(step.instruction, (w) => lex.processWord(w, expansionEnv(state)));
    let key: string;
    if (i.instruction === 'RUN') {
      key = classicCacheKey(planRun(state, i).cacheConfig);
    } else if (i.instruction === 'COPY' || i.instruction === 'ADD') {
      const { hash } = resolveCopySources(index, i.sources, i.dest, { instruction: i.instruction });
      key = classicCacheKey({ ...state.config, Cmd: nopCommandString(state.config, copyComment(i.instruction, i.chown, hash, i.dest)) });
    } else {
      const next = applyMetadata(state, i, lex);
      key = classicCacheKey({ ...next.state.config, Cmd: next.command });
      state = next.state;
    }
    parent = sha(parent + key);
    keys.push(parent);
  }
  return keys;
}

// The workshop's cache-friendly Dockerfile (docker-semantics.md §9 step 8).
const WORKSHOP = 'FROM node:18-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --production\nCOPY . .\nCMD ["node", "src/index.js"]\n';
const APP = { 'package.json': '{"name":"101-app"}', 'yarn.lock': '# yarn', 'src/index.js': 'listen(3000)', 'src/static/index.html': '<title>Todo App</title>', 'node_modules/x.js': 'x' };

/** The index of the first differing key, or -1. */
const firstMiss = (a: readonly string[], b: readonly string[]) => a.findIndex((k, i) => k !== b[i]);

describe('classic cache invalidation', () => {
  it('is deterministic: the same Dockerfile and context give the same keys', () => {
    expect(chain(WORKSHOP, APP, {}, ['node_modules'])).toEqual(chain(WORKSHOP, APP, {}, ['node_modules']));
  });

  it('behaves as the workshop says: editing the app re-runs only COPY . . and after', () => {
    const before = chain(WORKSHOP, APP, {}, ['node_modules']);
    const after = chain(WORKSHOP, { ...APP, 'src/static/index.html': '<title>The Awesome Todo App</title>' }, {}, ['node_modules']);
    expect(firstMiss(before, after)).toBe(3); // WORKDIR, COPY package.json, RUN yarn cached
    const deps = chain(WORKSHOP, { ...APP, 'yarn.lock': '# changed' }, {}, ['node_modules']);
    expect(firstMiss(before, deps)).toBe(1); // from COPY package.json yarn.lock ./
    expect(chain(WORKSHOP, { ...APP, 'node_modules/x.js': 'y' }, {}, ['node_modules'])).toEqual(before);
  });

  it('misses from the k-th COPY when a file it copies changes, and only then', () => {
    const dockerfile = 'FROM alpine\nCOPY a.txt /a\nRUN step1\nCOPY b.txt /b\nRUN step2\nCOPY c.txt /c\n';
    const files = { 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' };
    const base = chain(dockerfile, files);
    fc.assert(
      fc.property(fc.constantFrom(['a.txt', 0], ['b.txt', 2], ['c.txt', 4]), fc.string({ minLength: 1 }), ([file, k], extra) => {
        const changed = chain(dockerfile, { ...files, [file]: files[file as keyof typeof files] + extra });
        expect(firstMiss(base, changed)).toBe(k);
        expect(changed.slice(k as number).every((key, i) => key !== base[(k as number) + i])).toBe(true);
      }),
    );
  });

  it('misses at the first RUN after an ARG when its value changes, not at the ARG', () => {
    const dockerfile = 'FROM alpine\nARG VERSION=1\nENV A=1\nRUN echo build\n';
    const a = chain(dockerfile, {}, { VERSION: '2' });
    const b = chain(dockerfile, {}, { VERSION: '3' });
    expect(firstMiss(a, b)).toBe(2);
  });

  it('misses everything after a changed ENV', () => {
    const a = chain('FROM alpine\nWORKDIR /x\nENV MODE=dev\nRUN make\nCMD ["run"]\n', {});
    const b = chain('FROM alpine\nWORKDIR /x\nENV MODE=prod\nRUN make\nCMD ["run"]\n', {});
    expect(firstMiss(a, b)).toBe(1);
    expect(b.slice(1).every((k, i) => k !== a[i + 1])).toBe(true);
  });

  it('keeps proxy args out of the key unless declared', () => {
    const plain = 'FROM alpine\nRUN apk add curl\n';
    expect(chain(plain, {}, { HTTP_PROXY: 'http://a' })).toEqual(chain(plain, {}, { HTTP_PROXY: 'http://b' }));
    const declared = 'FROM alpine\nARG HTTP_PROXY\nRUN apk add curl\n';
    expect(firstMiss(chain(declared, {}, { HTTP_PROXY: 'http://a' }), chain(declared, {}, { HTTP_PROXY: 'http://b' }))).toBe(1);
  });
});
