import { describe, expect, it } from 'vitest';
import { stampEvent, type DockerEvent, type EventSpec } from '../core/events.js';
import { createWorld } from '../world/world.js';
import { familiarRepository, matchesEventFilters, type EventFilters } from './events.js';

const event = (spec: EventSpec): DockerEvent => stampEvent(spec, 0);
const start = event({ Type: 'container', Action: 'start', id: 'c0ffee1234', attributes: { image: 'docker.io/library/alpine:3.20', name: 'web', tier: 'front' } });
const exec = event({ Type: 'container', Action: 'exec_start: sh -c ls', id: 'c0ffee1234', attributes: { name: 'web' } });
const connect = event({ Type: 'network', Action: 'connect', id: 'beef', attributes: { container: 'c0ffee1234', name: 'bridge', type: 'bridge' } });
const pull = event({ Type: 'image', Action: 'pull', id: 'alpine:latest', attributes: { name: 'alpine' } });
const noAttrs = event({ Type: 'daemon', Action: 'reload', id: 'd1' });

describe('event filters (moby daemon/events/filter.go)', () => {
  it.each<[string, DockerEvent, EventFilters, boolean]>([
    ['no filters', start, {}, true],
    ['type', start, { type: ['container'] }, true],
    ['other type', start, { type: ['network'] }, false],
    ['either type', connect, { type: ['container', 'network'] }, true],
    ['exact action', start, { event: ['start'] }, true],
    ['exact action does not match a prefix', start, { event: ['sta'] }, false],
    ['exec_start matches the long action', exec, { event: ['exec_start'] }, true],
    ['container by name', start, { container: ['web'] }, true],
    ['container by id prefix', start, { container: ['c0ff'] }, true],
    ['container filter drops other objects', connect, { container: ['web'] }, false],
    ['container filter keeps objects whose name matches', connect, { container: ['bridge'] }, true],
    ['network by name', connect, { network: ['bridge'] }, true],
    ['image by reference attribute', start, { image: ['docker.io/library/alpine:3.20'] }, true],
    ['image by familiar repository', start, { image: ['alpine'] }, true],
    ['image event by name', pull, { image: ['alpine'] }, true],
    ['image mismatch', start, { image: ['nginx'] }, false],
    ['label key', start, { label: ['tier'] }, true],
    ['label key=value', start, { label: ['tier=front'] }, true],
    ['label wrong value', start, { label: ['tier=back'] }, false],
    ['all labels must match', start, { label: ['tier', 'missing'] }, false],
    ['label on an event without attributes', noAttrs, { label: ['x'] }, false],
    ['scope', start, { scope: ['local'] }, true],
    ['swarm scope', start, { scope: ['swarm'] }, false],
    ['unknown filter names are ignored', start, { bogus: ['x'] }, true],
  ])('%s', (_name, ev, filters, expected) => {
    expect(matchesEventFilters(ev, filters)).toBe(expected);
  });

  it.each([
    ['alpine', 'alpine'],
    ['alpine:3.20', 'alpine'],
    ['docker.io/library/alpine:latest', 'alpine'],
    ['docker.io/myuser/app:v1', 'myuser/app'],
    ['localhost:5000/app:v1', 'localhost:5000/app'],
    ['localhost:5000/app', 'localhost:5000/app'],
    ['alpine@sha256:abc', 'alpine'],
  ])('the familiar repository of %s is %s', (reference, name) => {
    expect(familiarRepository(reference)).toBe(name);
  });
});

describe('event stream window', () => {
  const setup = () => {
    const world = createWorld({ seed: 2 });
    const ctx = world.host().daemon.ctx;
    const emit = (action: string) => ctx.commit(() => {}, [{ Type: 'daemon', Action: action, id: ctx.state.id }]);
    return { world, ctx, emit, docker: world.client() };
  };
  const actions = async (events: AsyncIterable<DockerEvent>) => {
    const out: string[] = [];
    for await (const e of events) out.push(e.Action);
    return out;
  };

  it('replays every logged event up to `until` when only `until` is given', async () => {
    const { world, emit, docker } = setup();
    emit('a');
    await world.clock.hold(world.clock.sleep(1000));
    emit('b');
    const t = world.clock.now();
    await world.clock.hold(world.clock.sleep(1000));
    emit('c');
    expect(await actions(docker.systemEvents({ until: t }))).toEqual(['a', 'b']);
  });

  it('sends live events even before `since` (moby filters only the replay by time)', async () => {
    const { world, emit, docker } = setup();
    const t0 = world.clock.now();
    emit('past');
    const stop = new AbortController();
    const seen = actions(docker.systemEvents({ since: t0 + 60_000, signal: stop.signal }));
    await world.clock.hold(world.clock.sleep(1000));
    emit('live');
    stop.abort();
    expect(await seen).toEqual(['live']);
  });

  it('refuses a window that ends before it starts, when iterated', async () => {
    const { docker } = setup();
    await expect(actions(docker.systemEvents({ since: 2_000_500, until: 1_000_000 }))).rejects.toThrow(
      '`since` time (2000.500000000) cannot be after `until` time (1000)',
    );
  });
});

describe('the event log in the state', () => {
  it('is frozen through and through after a commit (the log is built outside the draft)', () => {
    const world = createWorld({ seed: 1 });
    const ctx = world.host().daemon.ctx;
    ctx.commit(() => {}, [{ Type: 'volume', Action: 'create', id: 'v', attributes: { driver: 'local' } }]);
    const log = ctx.state.events;
    expect(Object.isFrozen(log)).toBe(true);
    expect(log.every((e) => Object.isFrozen(e) && Object.isFrozen(e.Actor) && Object.isFrozen(e.Actor.Attributes))).toBe(true);
    for (let i = 0; i < 300; i++) ctx.commit(() => {}, [{ Type: 'volume', Action: 'create', id: `v${i}`, attributes: {} }]);
    expect(ctx.state.events).toHaveLength(256);
    expect(ctx.state.events.at(-1)!.Actor.ID).toBe('v299');
  });
});
