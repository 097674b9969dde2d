/**
 * The playground's world session: the workshop's setup on a fresh world, seeds, save and load
 * through JSON text, and listeners told when the world is replaced.
 */
import { describe, expect, it } from 'vitest';
import { sceneOf, type World } from 'dockersim';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_DIR, APP_FILES, DOCKERFILE } from '../../playground/src/workshop/app-files.js';
import { HUB_USER } from '../../playground/src/session.js';
import { headlessPlayground } from './helpers.js';

describe('WorldSession', () => {
  it('prepares the workshop: the app on the host, the Hub account', async () => {
    const { session, shell } = await headlessPlayground();
    const world = session.world;
    expect(new TextDecoder().decode(world.host().fs.readFile(`${APP_DIR}/Dockerfile`))).toBe(DOCKERFILE);
    // One copy of the app: the suite's fixture, bundled, dotfile and compose.yaml included.
    const fixture = join(import.meta.dirname, '..', 'fixtures');
    expect(DOCKERFILE).toBe(readFileSync(join(fixture, 'getting-started-app', 'Dockerfile'), 'utf8'));
    expect(APP_FILES['.dockerignore']).toBe(readFileSync(join(fixture, 'getting-started-app', '.dockerignore'), 'utf8'));
    expect(APP_FILES['compose.yaml']).toBe(readFileSync(join(fixture, 'workshop', 'compose.yaml'), 'utf8'));
    expect(Object.keys(APP_FILES)).toEqual(expect.arrayContaining(['package.json', 'src/index.js', 'src/static/js/app.js', 'src/static/index.html', 'yarn.lock']));
    expect(shell.cwd).toBe(APP_DIR);
    expect(world.registry().state.users.get(HUB_USER.username)).toBe(HUB_USER.password);
  });

  it('a saved world loads back to the same picture, and listeners hear of it', async () => {
    const pg = await headlessPlayground();
    await pg.type('docker volume create keep');
    await pg.type('docker run -d --name web -v keep:/data alpine sleep 1000');
    const saved = pg.session.save();
    const before = sceneOf(pg.session.world.store.state);
    const replaced: World[] = [];
    pg.session.onWorld((w) => replaced.push(w));
    await pg.type('docker rm -f web');
    const loaded = pg.session.load(saved);
    expect(replaced).toEqual([loaded]);
    expect(pg.session.world).toBe(loaded);
    const after = sceneOf(loaded.store.state);
    expect(after.nodes.map((n) => [n.id, n.label])).toEqual(before.nodes.map((n) => [n.id, n.label]));
    expect(await pg.type('docker volume ls -q')).toBe('keep\n');
  });

  it('a new seed starts over; the same seed gives the same ids', async () => {
    const pg = await headlessPlayground(5);
    const first = await pg.type('docker network create n');
    pg.session.reset(5);
    expect(sceneOf(pg.session.world.store.state).nodes.some((n) => n.label === 'n')).toBe(false);
    expect(await pg.type('docker network create n')).toBe(first);
    pg.session.reset(6);
    expect(await pg.type('docker network create n')).not.toBe(first);
  });

  it('refuses text that is not a saved world, leaving the world as it was', async () => {
    const { session } = await headlessPlayground();
    const world = session.world;
    expect(() => session.load('{"format":')).toThrow(/^not a saved world: /);
    expect(() => session.load('{"format":"other"}')).toThrow('unsupported saved world format: other (expected dockersim/world@1)');
    expect(session.world).toBe(world);
  });
});
