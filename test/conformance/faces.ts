/**
 * The three faces every behavioural spec runs against (DESIGN.md "One conformance suite, every
 * face"): the in-process client, the HTTP client over the in-process engine handler, and the HTTP
 * client over a real unix socket served by `startServer`. Each face gets its own world built from
 * the same options, so a deterministic script sees the same ids, times and events on all three.
 */
import type { DockerClient } from '../../src/client/docker-client.js';
import { createHttpClient } from '../../src/client/http-client.js';
import { createEngineHandler } from '../../src/engine-api/handler.js';
import { startServer } from '../../src/node/server.js';
import { createWorld, type World, type WorldOptions } from '../../src/world/world.js';

/** One face, opened on a fresh world. */
export interface Face {
  readonly name: string;
  readonly world: World;
  readonly docker: DockerClient;
  close(): Promise<void>;
}

/** How to open a face. */
export interface FaceFactory {
  readonly name: string;
  open(options: WorldOptions): Promise<Face>;
}

/** The faces, in the order specs run on them. */
export const FACES: readonly FaceFactory[] = [
  {
    name: 'in-process',
    async open(options) {
      const world = createWorld(options);
      return { name: this.name, world, docker: world.client(), close: async () => world.dispose() };
    },
  },
  {
    name: 'http over the in-process handler',
    async open(options) {
      const world = createWorld(options);
      const docker = createHttpClient({ fetch: createEngineHandler(world) });
      return { name: this.name, world, docker, close: async () => world.dispose() };
    },
  },
  {
    name: 'http over a unix socket',
    async open(options) {
      const world = createWorld(options);
      const server = await startServer({ world });
      return {
        name: this.name,
        world,
        docker: server.client(),
        close: async () => {
          await server.close();
          world.dispose();
        },
      };
    },
  },
];
