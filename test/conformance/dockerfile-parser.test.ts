/**
 * Docker's own Dockerfile parser corpus (moby/buildkit frontend/dockerfile/parser/testfiles):
 * every positive case must dump byte for byte as its `result`, every negative case must be
 * rejected with a clear error. See ../shared/conformance/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../helpers/shared.js';
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../../src/core/errors.js';
import { dumpDockerfile } from '../../src/build/dockerfile/dump.js';
import { parseDockerfile } from '../../src/build/dockerfile/parser.js';
import { parseStages } from '../../src/build/instructions/stages.js';

const CORPUS = sharedPath('conformance', 'dockerfile-parser');
const cases = (dir: string): string[] => readdirSync(join(CORPUS, dir)).sort();

describe('BuildKit parser corpus', () => {
  it.each(cases('testfiles'))('%s dumps as its result', (name) => {
    const dockerfile = readFileSync(join(CORPUS, 'testfiles', name, 'Dockerfile'));
    const result = readFileSync(join(CORPUS, 'testfiles', name, 'result'), 'utf8');
    expect(dumpDockerfile(parseDockerfile(dockerfile))).toBe(result);
  });

  it.each(cases('testfiles-negative'))('%s is rejected', (name) => {
    const dockerfile = readFileSync(join(CORPUS, 'testfiles-negative', name, 'Dockerfile'));
    let error: unknown;
    try {
      parseStages(parseDockerfile(dockerfile));
    } catch (e) {
      error = e;
    }
    expect(isDockerError(error, 'InvalidParameter')).toBe(true);
    expect((error as Error).message).toMatch(/^(the Dockerfile \(Dockerfile\) cannot be empty|failed to parse Dockerfile: |dockerfile parse error on line \d+: )/);
  });
});
