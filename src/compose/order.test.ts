import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryReader } from './load/files.js';
import { loadProject } from './load/load-project.js';
import type { ComposeService } from './model/service.js';
import { dependencyLevels, dependencyOrder, findCycle, reverseDependencyOrder, selectServices } from './order.js';

const project = (yaml: string) => loadProject({ workingDir: '/w/app', reader: memoryReader({ '/w/app/compose.yaml': yaml }) }).project;

const STACK = project(
  'services:\n  web:\n    image: w\n    depends_on:\n      api: {condition: service_healthy}\n  api:\n    image: a\n    depends_on: [db, cache]\n  db:\n    image: d\n  cache:\n    image: c\n  worker:\n    image: x\n    depends_on: [db]\n  docs:\n    image: d\n',
);

describe('dependency order', () => {
  it('creates dependencies first, level by level, names sorted within a level', () => {
    expect(dependencyLevels(STACK)).toEqual([['cache', 'db', 'docs'], ['api', 'worker'], ['web']]);
    expect(dependencyOrder(STACK)).toEqual(['cache', 'db', 'docs', 'api', 'worker', 'web']);
  });

  it('stops dependents first', () => {
    expect(reverseDependencyOrder(STACK)).toEqual(['web', 'api', 'worker', 'cache', 'db', 'docs']);
  });

  it('orders a subset', () => {
    expect(dependencyOrder(STACK, ['web', 'db'])).toEqual(['db', 'web']);
  });

  it('selects services with what they depend on, or alone', () => {
    expect(selectServices(STACK, ['web'])).toEqual(['api', 'cache', 'db', 'web']);
    expect(selectServices(STACK, ['web'], false)).toEqual(['web']);
    expect(selectServices(STACK, ['w*'])).toEqual(['api', 'cache', 'db', 'web', 'worker']);
    expect(selectServices(STACK, [])).toEqual(['api', 'cache', 'db', 'docs', 'web', 'worker']);
    expect(() => selectServices(STACK, ['nope'])).toThrow('no such service: nope');
  });

  it('finds cycles as compose-go reports them', () => {
    const svc = (deps: string[]): ComposeService => ({ name: 'x', image: 'x', depends_on: Object.fromEntries(deps.map((d) => [d, { condition: 'service_started', required: true }])) });
    expect(findCycle({ a: svc(['b']), b: svc(['c']), c: svc(['a']) })).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle({ a: svc(['b']), b: svc([]) })).toBeUndefined();
    expect(() => dependencyOrder({ services: { a: svc(['b']), b: svc(['a']) } })).toThrow('dependency cycle detected: a -> b -> a');
  });

  it('always puts a service after its dependencies (any acyclic graph)', () => {
    const graph = fc.array(fc.array(fc.nat(7), { maxLength: 3 }), { minLength: 1, maxLength: 8 }).map((deps) => {
      const services: Record<string, ComposeService> = {};
      deps.forEach((d, i) => {
        // only lower-numbered dependencies: acyclic by construction
        const names = [...new Set(d.filter((j) => j < i))].map((j) => `s${j}`);
        services[`s${i}`] = { name: `s${i}`, image: 'x', depends_on: Object.fromEntries(names.map((n) => [n, { condition: 'service_started', required: true }])) };
      });
      return services;
    });
    fc.assert(
      fc.property(graph, (services) => {
        const order = dependencyOrder({ services });
        expect([...order].sort()).toEqual(Object.keys(services).sort());
        for (const [name, s] of Object.entries(services)) for (const dep of Object.keys(s.depends_on ?? {})) expect(order.indexOf(dep)).toBeLessThan(order.indexOf(name));
        expect(reverseDependencyOrder({ services })).toEqual(dependencyLevels({ services }).reverse().flat());
      }),
    );
  });
});
