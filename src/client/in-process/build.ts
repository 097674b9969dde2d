/**
 * @module
 * The in-process build operations of {@link DockerClient}: classic builds and build-cache prune, called on the
 * daemon directly with the clock held (see ./context.ts).
 */
import type { BuildContextInput } from '../../build/classic/context-input.js';
import type { BuildPruneParams, ImageBuildParams } from '../build-api.js';
import type { BuildPruneResponse } from '../../build/classic/service.js';
import type { JsonMessage } from '../../image/json-message.js';
import { contextToSend } from '../../build/classic/context.js';
import { contextTree as contextTreeOf } from '../../build/classic/context-input.js';
import { heldIterable } from '../held.js';
import type { DockerClient } from '../docker-client.js';
import type { InProcessContext } from './context.js';

/** The build operations of an in-process client. */
export type InProcessBuildOperations = Pick<DockerClient, 'imageBuild' | 'buildPrune'>;

/** Binds the build operations to a daemon. */
export function buildOperations(ctx: InProcessContext): InProcessBuildOperations {
  return {
    imageBuild(context: BuildContextInput, params: ImageBuildParams = {}): AsyncIterable<JsonMessage> {
      const builds = ctx.daemon.builds;
      async function* messages(): AsyncGenerator<JsonMessage> {
        // Files and trees are sent as the CLI sends a directory: minus what .dockerignore excludes.
        const sent: BuildContextInput = 'tar' in context ? context : { tree: contextToSend('tree' in context ? context.tree : contextTreeOf(context), params.dockerfile) };
        yield* builds.build(sent, params).messages;
      }
      return heldIterable(ctx.daemon.ctx.clock, messages());
    },

    buildPrune(_params: BuildPruneParams = {}): Promise<BuildPruneResponse> {
      return ctx.call(() => ctx.daemon.builds.prune());
    },
  };
}
