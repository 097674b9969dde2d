/**
 * A seeded world with a `docker` function that runs CLI lines against it, for the visualization
 * suites: the scene is checked after what a user would type.
 */
import { expect } from 'vitest';
import { runDocker } from '../../src/cli/run-docker.js';
import type { Scene, SceneNode } from '../../src/visual/scene.js';
import { createWorld, type World } from '../../src/world/world.js';

/** A world and a `docker` that fails the test on a non-zero exit unless told otherwise. */
export function dockerWorld(seed = 7): { world: World; docker: (line: string, expectedExit?: number) => Promise<string> } {
  const world = createWorld({ seed });
  const client = world.client();
  const docker = async (line: string, expectedExit = 0) => {
    const result = await runDocker(line, { client, now: () => world.clock.now() });
    expect(result.exitCode, `${line}\n${result.stderr}`).toBe(expectedExit);
    return result.stdout.trim();
  };
  return { world, docker };
}

/** The nodes of one kind. */
export function nodesOf<K extends SceneNode['kind']>(scene: Scene, kind: K): Extract<SceneNode, { kind: K }>[] {
  return scene.nodes.filter((n): n is Extract<SceneNode, { kind: K }> => n.kind === kind);
}

/** The node labelled `label` (fails when absent). */
export function nodeLabelled(scene: Scene, label: string): SceneNode {
  const node = scene.nodes.find((n) => n.label === label);
  expect(node, `no node labelled ${label}`).toBeDefined();
  return node!;
}
