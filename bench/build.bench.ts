/**
 * The classic builder: a cold build of a 30-step Dockerfile with a 2,000-file (~4 MB) context on
 * a fresh daemon (every step runs: containers, layers, TarSums of a freshly received context)
 * against a cached rebuild of the same Dockerfile and host directory on a daemon that built it
 * (every step a cache hit; unchanged context entries keep their sums).
 */
import { bench, describe } from 'vitest';
import type { DirectoryNode } from '../src/fs/node.js';
import { buildTree } from '../src/fs/tree.js';
import type { World } from '../src/world/world.js';
import { containerWorld } from '../test/helpers/container-world.js';

const STEPS = [
  'WORKDIR /app',
  'ENV NODE_ENV=production',
  'COPY src/module-0/ ./module-0/',
  'RUN echo one > /one.txt',
  'LABEL tier=web',
  'COPY src/module-1/ ./module-1/',
  'ENV PORT=3000',
  'RUN echo two > /two.txt',
  'EXPOSE 3000',
  'COPY src/module-2/ ./module-2/',
  'USER root',
  'RUN echo three > /three.txt',
  'ARG VERSION=1',
  'COPY package.json .',
  'RUN echo four > /four.txt',
  'ENV A=1 B=2',
  'WORKDIR /app/sub',
  'COPY src/module-3/ ./module-3/',
  'RUN echo five > /five.txt',
  'VOLUME /data',
  'COPY . /ctx/',
  'RUN echo six > /six.txt',
  'STOPSIGNAL SIGTERM',
  'HEALTHCHECK CMD true',
  'LABEL version=1',
  'WORKDIR /app',
  'RUN echo seven > /seven.txt',
  'ENTRYPOINT ["sh"]',
  'CMD ["-c", "echo hi"]',
];
const DOCKERFILE = `FROM alpine\n${STEPS.join('\n')}\n`;

function context(): DirectoryNode {
  const files: Record<string, string> = { Dockerfile: DOCKERFILE, 'package.json': '{"name":"bench"}\n' };
  for (let i = 0; i < 2000; i++) files[`src/module-${i % 40}/file-${i}.js`] = `// file ${i}\n${'export const x = 1;\n'.repeat(100 + (i % 10) * 10)}`;
  return buildTree(files, { mtime: Date.UTC(2024, 0, 1) });
}

async function buildOnce(world: World, tree: DirectoryNode): Promise<void> {
  for await (const m of world.client().imageBuild({ tree }, { tags: ['bench'] })) if (m.errorDetail) throw new Error(m.errorDetail.message);
}

const warm = { world: containerWorld(9), tree: context() };
await buildOnce(warm.world, warm.tree);

describe('classic build cache', () => {
  bench(
    'cold 30-step build, 2000-file context',
    async () => {
      // A fresh daemon and a freshly received context: nothing cached, every file hashed.
      await buildOnce(containerWorld(9), context());
    },
    { time: 5000, iterations: 3, warmupIterations: 1 },
  );

  bench(
    'cached 30-step rebuild, 2000-file context',
    async () => {
      await buildOnce(warm.world, warm.tree);
    },
    { time: 3000, warmupIterations: 1 },
  );
});
