/**
 * The getting-started workshop's cache-friendly Dockerfile (fact sheet §9 step 8), classic
 * flavour: node:18-alpine pulled from the simulated Docker Hub, `yarn install` as a program, and
 * the cache behaving as the workshop describes after an edit of `src/static/index.html`.
 */
import { describe, expect, it } from 'vitest';
import { getNode } from '../../src/fs/tree.js';
import { createWorld } from '../../src/world/world.js';
import { build, hits, shape } from './helpers.js';

const DOCKERFILE = 'FROM node:18-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --production\nCOPY . .\nCMD ["node", "src/index.js"]\n';

const app = (title: string) => ({
  Dockerfile: DOCKERFILE,
  '.dockerignore': 'node_modules\n',
  'package.json': '{"name":"101-app","dependencies":{"express":"^4.17.1"}}\n',
  'yarn.lock': '# yarn lockfile v1\n',
  'src/index.js': 'require("express")().listen(3000);\n',
  'src/static/index.html': `<title>${title}</title>\n`,
  'node_modules/stale/index.js': 'from the host\n',
});

function workshopWorld() {
  const world = createWorld({ seed: 3 });
  world.programs.define('yarn', async (ctx) => {
    ctx.stdout.write('yarn install v1.22.19\n[1/4] Resolving packages...\n');
    ctx.fs.mkdir(`${ctx.cwd}/node_modules/express`, { recursive: true });
    ctx.fs.writeFile(`${ctx.cwd}/node_modules/express/index.js`, 'module.exports = () => ({ listen() {} });\n');
    ctx.stdout.write('Done in 3.21s.\n');
    return 0;
  });
  return world;
}

describe('the workshop\'s cache-friendly Dockerfile', () => {
  it('an edit of the static page reuses the dependency layers and rebuilds from COPY . .', async () => {
    const world = workshopWorld();
    const first = await build(world, { files: app('Todo App') }, { tags: ['getting-started'] });
    expect(first.error).toBeUndefined();
    // The pull's progress is interleaved in the build stream, between the step line and the base id.
    expect(first.messages[0]).toEqual({ stream: 'Step 1/6 : FROM node:18-alpine\n' });
    expect(first.messages[1]).toEqual({ status: 'Pulling from library/node', id: '18-alpine' });
    expect(first.messages).toContainEqual({ status: 'Status: Downloaded newer image for node:18-alpine' });
    expect(shape(first.log)).toContain('Step 4/6 : RUN yarn install --production\n ---> Running in <id>\nyarn install v1.22.19\n[1/4] Resolving packages...\nDone in 3.21s.\n ---> Removed intermediate container <id>\n');
    expect(hits(first.log)).toBe(0);

    const second = await build(world, { files: app('The Awesome Todo App') }, { tags: ['getting-started'] });
    const cachedSteps = [...second.log.matchAll(/Step (\d)\/6 : [^\n]*\n ---> Using cache\n/g)].map((m) => Number(m[1]));
    expect(cachedSteps).toEqual([2, 3, 4]);
    expect(second.log).toMatch(/Step 5\/6 : COPY \. \.\n ---> [0-9a-f]{12}\n/);
    expect(second.log).toMatch(/Step 6\/6 : CMD \["node", "src\/index.js"\]\n ---> Running in /);
    expect(second.messages.some((m) => m.status)).toBe(false);

    const images = world.host().daemon.images;
    const root = images.rootfs(images.get('getting-started'));
    // yarn's node_modules is in the image; the host's (ignored) one never reached it.
    expect(getNode(root, 'app/node_modules/express/index.js')?.kind).toBe('file');
    expect(getNode(root, 'app/node_modules/stale')).toBeUndefined();
    expect(images.list({ filters: { dangling: ['true'] } }).map((i) => i.Id)).toEqual([first.imageId]);
  });
});
