/**
 * Helpers for build tests: run a classic build on a world's daemon and collect its stream, the
 * rendered log (ids replaced by placeholders when asked), the result or the error.
 */
import type { BuildContextInput } from '../../src/build/classic/context-input.js';
import type { ClassicBuildOptions } from '../../src/build/classic/options.js';
import { renderLegacyStream } from '../../src/build/plan/legacy-stream.js';
import type { JsonMessage } from '../../src/image/json-message.js';
import type { World } from '../../src/world/world.js';

/** What a build printed and produced. */
export interface BuildOutcome {
  readonly messages: JsonMessage[];
  /** The `stream` texts, as the CLI prints them. */
  readonly log: string;
  /** The final image id, when the build succeeded. */
  readonly imageId?: string;
  /** The final error message (stream `errorDetail`, or the rejected first read). */
  readonly error?: string;
  readonly code?: number;
}

/** Builds `context` on the world's default daemon. */
export async function build(world: World, context: BuildContextInput, options: ClassicBuildOptions = {}): Promise<BuildOutcome> {
  const messages: JsonMessage[] = [];
  try {
    for await (const m of world.client().imageBuild(context, options)) messages.push(m);
  } catch (e) {
    return { messages, log: renderLegacyStream(messages), error: (e as Error).message };
  }
  const failure = messages.find((m) => m.errorDetail);
  const aux = messages.filter((m) => m.aux).map((m) => (m.aux as { ID: string }).ID);
  return {
    messages,
    log: renderLegacyStream(messages),
    ...(failure ? { error: failure.errorDetail!.message, ...(failure.errorDetail!.code !== undefined ? { code: failure.errorDetail!.code } : {}) } : { imageId: aux[aux.length - 1] }),
  };
}

/** The log with 12-hex ids replaced by `<id>` (ids are checked separately). */
export function shape(log: string): string {
  return log.replace(/\b[0-9a-f]{12}\b/g, '<id>');
}

/** How many steps hit the cache. */
export function hits(log: string): number {
  return (log.match(/ ---> Using cache\n/g) ?? []).length;
}
