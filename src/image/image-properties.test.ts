import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addImage } from '../../test/support/images.js';
import { isDockerError } from '../core/errors.js';
import type { TreeSpec } from '../fs/tree.js';
import { familiarString } from '../reference/format.js';
import { parseReference } from '../reference/parse.js';
import { createWorld } from '../world/world.js';
import { checkImageStore } from './validate.js';

const LAYERS: TreeSpec[] = [{ base: 'alpine' }, { base: 'debian' }, { app: '1' }, { app: '2' }, { lib: 'x' }];
const NAMES = ['app', 'app:v2', 'user/app', 'localhost:5000/app:1', 'web'];

/** An image is a stack of 1–3 layer specs from a small pool, so images share layers. */
const stack = fc.array(fc.integer({ min: 0, max: LAYERS.length - 1 }), { minLength: 1, maxLength: 3 });

type Op = { kind: 'tag'; image: number; name: string } | { kind: 'rmi'; name: string; force: boolean } | { kind: 'rmiId'; image: number; force: boolean };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('tag' as const), image: fc.nat(5), name: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant('rmi' as const), name: fc.constantFrom(...NAMES), force: fc.boolean() }),
  fc.record({ kind: fc.constant('rmiId' as const), image: fc.nat(5), force: fc.boolean() }),
);

describe('image store properties', () => {
  it('tag/untag/rmi sequences keep RepoTags consistent with the tag index, and no layer is lost or leaked', () => {
    fc.assert(
      fc.property(fc.array(stack, { minLength: 1, maxLength: 6 }), fc.array(op, { maxLength: 25 }), (stacks, ops) => {
        const world = createWorld({ seed: 1 });
        const service = world.host().daemon.images;
        const ids = stacks.map((s, i) => addImage(world, { layers: s.map((k) => LAYERS[k]!), labels: { n: String(i) } }).id);
        for (const o of ops) {
          try {
            if (o.kind === 'tag') service.tag(ids[o.image % ids.length]!, o.name);
            else if (o.kind === 'rmi') service.remove(o.name, { force: o.force });
            else service.remove(ids[o.image % ids.length]!, { force: o.force });
          } catch (error) {
            if (!isDockerError(error)) throw error;
          }
          expect(checkImageStore(service.store)).toEqual([]);
          for (const summary of service.list({ all: true })) {
            const fromIndex = [...service.store.references.entries()]
              .filter(([, id]) => id === summary.Id)
              .map(([key]) => familiarString(parseReference(key)))
              .sort();
            expect([...summary.RepoTags].sort()).toEqual(fromIndex);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('removing an image never removes a layer that another image still references', () => {
    fc.assert(
      fc.property(fc.array(stack, { minLength: 2, maxLength: 6 }), fc.array(fc.nat(5), { maxLength: 6 }), (stacks, removals) => {
        const world = createWorld({ seed: 2 });
        const service = world.host().daemon.images;
        const images = stacks.map((s, i) => addImage(world, { layers: s.map((k) => LAYERS[k]!), labels: { n: String(i) } }));
        for (const r of removals) {
          const victim = images[r % images.length]!;
          if (service.store.images.has(victim.id)) service.remove(victim.id, { force: true });
          for (const img of service.store.images.values()) for (const chainId of img.chain) expect(service.store.layers.has(chainId)).toBe(true);
          expect(checkImageStore(service.store)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('identical content and configuration give identical image IDs on any host of any world', () => {
    fc.assert(
      fc.property(stack, fc.integer(), fc.integer(), (s, seedA, seedB) => {
        const a = addImage(createWorld({ seed: seedA }), { layers: s.map((k) => LAYERS[k]!) });
        const b = addImage(createWorld({ seed: seedB }), { layers: s.map((k) => LAYERS[k]!) });
        expect(a.id).toBe(b.id);
      }),
      { numRuns: 30 },
    );
  });
});
