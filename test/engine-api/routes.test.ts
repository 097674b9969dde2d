/**
 * The route table is the Engine API v1.50 spec: every operation of engine-api-v1.50.yaml has an
 * entry with its method and path, nothing is invented, and docs/api-coverage.md is current.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderCoverage, ROUTES, SPEC_OPERATIONS } from '../../src/engine-api/index.js';
import { referenceFile } from './reference.js';

interface Spec {
  readonly paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>>;
}

const spec = parse(readFileSync(referenceFile('engine-api-v1.50.yaml'), 'utf8')) as Spec;
const specOperations = Object.entries(spec.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(([, op]) => typeof op === 'object' && op?.operationId)
    .map(([method, op]) => [op.operationId!, [method.toUpperCase(), path, op.tags?.[0] ?? '']] as const),
);

describe('route table', () => {
  it('has the 107 operations of the spec', () => {
    expect(specOperations).toHaveLength(107);
  });

  it.each(specOperations)('%s is routed as the spec says', (operationId, row) => {
    expect(SPEC_OPERATIONS[operationId as keyof typeof SPEC_OPERATIONS]).toEqual(row);
  });

  it('invents no spec operation', () => {
    const ids = new Set(specOperations.map(([id]) => id));
    expect(Object.keys(SPEC_OPERATIONS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('says for every operation whether it is served', () => {
    for (const route of ROUTES) expect(['implemented', 'not-supported', 'pending']).toContain(route.status);
    const status = (id: string) => ROUTES.find((r) => r.operationId === id)?.status;
    expect(['SystemPing', 'SystemPingHead', 'SystemVersion', 'SystemInfo', 'SystemEvents'].map(status)).toEqual(Array(5).fill('implemented'));
    expect(['SwarmInit', 'ServiceList', 'PluginList', 'Session', 'Grpc'].map(status)).toEqual(Array(5).fill('not-supported'));
  });

  it('docs/api-coverage.md is current (npm run api-coverage)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'api-coverage.md'), 'utf8');
    expect(committed).toBe(renderCoverage());
  });
});
