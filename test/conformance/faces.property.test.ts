/**
 * Property: for any sequence of container verbs (valid or not), the HTTP client over the engine
 * handler observes exactly what the in-process client observes — the same results, the same
 * errors (kind and message), the same final inspect and event log. The wire is a translation.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { DockerClient } from '../../src/client/docker-client.js';
import { createHttpClient } from '../../src/client/http-client.js';
import { createEngineHandler } from '../../src/engine-api/handler.js';
import { createWorld, type World } from '../../src/world/world.js';
import { equipWorld } from '../helpers/container-world.js';
import { collect, outcome } from './harness.js';

type Verb =
  | { readonly verb: 'create'; readonly name: string; readonly cmd: readonly string[] }
  | { readonly verb: 'start' | 'stop' | 'kill' | 'pause' | 'unpause' | 'rm' | 'rm -f' | 'restart' | 'wait' | 'inspect' | 'logs' | 'top'; readonly name: string }
  | { readonly verb: 'rename'; readonly name: string; readonly to: string }
  | { readonly verb: 'exec'; readonly name: string; readonly code: number }
  | { readonly verb: 'sleep'; readonly ms: number };

const NAMES = ['aa', 'bb', 'cc'];
const name = fc.constantFrom(...NAMES);
const verb: fc.Arbitrary<Verb> = fc.oneof(
  fc.record({ verb: fc.constant('create' as const), name, cmd: fc.constantFrom(['sleep', '30'], ['exit', '3'], ['ticker'], ['trap-term']) }),
  fc.record({ verb: fc.constantFrom('start', 'stop', 'kill', 'pause', 'unpause', 'rm', 'rm -f', 'restart', 'inspect', 'logs', 'top') as fc.Arbitrary<'start'>, name }),
  // `bb` ticks forever: waiting for it would never end (on either face).
  fc.record({ verb: fc.constant('wait' as const), name: fc.constantFrom('aa', 'cc') }),
  fc.record({ verb: fc.constant('rename' as const), name, to: name }),
  fc.record({ verb: fc.constant('exec' as const), name, code: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ verb: fc.constant('sleep' as const), ms: fc.integer({ min: 1, max: 5000 }) }),
);

async function apply(world: World, docker: DockerClient, step: Verb): Promise<unknown> {
  switch (step.verb) {
    case 'create':
      return outcome(docker.containerCreate({ Image: 'alpine', Cmd: [...step.cmd] }, { name: step.name }));
    case 'start':
      return outcome(docker.containerStart(step.name));
    case 'stop':
      return outcome(docker.containerStop(step.name, { timeout: 1 }));
    case 'kill':
      return outcome(docker.containerKill(step.name));
    case 'pause':
      return outcome(docker.containerPause(step.name));
    case 'unpause':
      return outcome(docker.containerUnpause(step.name));
    case 'rm':
      return outcome(docker.containerDelete(step.name));
    case 'rm -f':
      return outcome(docker.containerDelete(step.name, { force: true }));
    case 'restart':
      return outcome(docker.containerRestart(step.name, { timeout: 1 }));
    case 'wait':
      // A paused container never exits: give up after a virtual minute, as a caller would.
      return outcome(Promise.race([docker.containerWait(step.name), world.clock.sleep(60_000).then(() => 'still waiting')]));
    case 'inspect':
      return outcome(docker.containerInspect(step.name).then((i) => i.State));
    case 'logs':
      return outcome(collect(docker.containerLogs(step.name)));
    case 'top':
      return outcome(docker.containerTop(step.name));
    case 'rename':
      return outcome(docker.containerRename(step.name, step.to));
    case 'exec':
      return outcome(
        docker.containerExec(step.name, { Cmd: ['exit', String(step.code)] }).then(async ({ Id }) => {
          const session = await docker.execStart(Id);
          await collect(session.output);
          return session.exited;
        }),
      );
    case 'sleep':
      await world.clock.hold(world.clock.sleep(step.ms));
      return world.clock.now();
  }
}

async function transcript(steps: readonly Verb[], wire: boolean): Promise<unknown> {
  const world = equipWorld(createWorld({ seed: 9 }), ['alpine']);
  const docker = wire ? createHttpClient({ fetch: createEngineHandler(world) }) : world.client();
  try {
    // Every sequence starts from three containers, two of them running, so most verbs bite.
    const opening: Verb[] = [
      { verb: 'create', name: 'aa', cmd: ['sleep', '30'] },
      { verb: 'create', name: 'bb', cmd: ['ticker'] },
      { verb: 'create', name: 'cc', cmd: ['trap-term'] },
      { verb: 'start', name: 'aa' },
      { verb: 'start', name: 'bb' },
    ];
    const results = [];
    for (const step of [...opening, ...steps]) results.push(await apply(world, docker, step));
    return {
      results,
      containers: await docker.containerList({ all: true }),
      events: (await collect(docker.systemEvents({ since: 0, until: world.clock.now() }))).map((e) => `${e.Action} ${e.Actor.Attributes['name']}`),
    };
  } finally {
    world.dispose();
  }
}

it('the HTTP client over the handler observes what the in-process client observes, for any verb sequence', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(verb, { minLength: 1, maxLength: 12 }), async (steps) => {
      expect(await transcript(steps, true)).toEqual(await transcript(steps, false));
    }),
    { numRuns: 60, examples: [[[{ verb: 'pause', name: 'aa' }, { verb: 'wait', name: 'aa' }, { verb: 'unpause', name: 'aa' }, { verb: 'wait', name: 'aa' }]]] },
  );
});
