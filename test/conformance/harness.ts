/**
 * The conformance runner. A spec file calls {@link conformance} with behaviour written against a
 * {@link Face} (a `DockerClient` and its world); the runner runs it once per face, on a fresh
 * world each time. {@link agree} runs one script on every face and demands identical transcripts.
 * See test/conformance/README.md.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDockerError } from '../../src/core/errors.js';
import type { WorldOptions } from '../../src/world/world.js';
import { FACES, type Face } from './faces.js';

/** Runs `body` once per face; `face()` is the current test's face. */
export function conformance(title: string, body: (face: () => Face) => void, options: WorldOptions = { seed: 1 }): void {
  describe.each(FACES.map((factory) => [factory.name, factory] as const))(`${title} [%s]`, (_name, factory) => {
    let current: Face | undefined;
    beforeEach(async () => {
      current = await factory.open(options);
    });
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });
    body(() => {
      if (!current) throw new Error('no face open: call face() inside a test');
      return current;
    });
  });
}

/** Runs `script` on every face (fresh worlds from the same options) and expects equal transcripts. */
export function agree(title: string, script: (face: Face) => Promise<unknown>, options: WorldOptions = { seed: 1 }): void {
  it(`${title} (same on every face)`, async () => {
    const transcripts: { face: string; transcript: unknown }[] = [];
    for (const factory of FACES) {
      const face = await factory.open(options);
      try {
        transcripts.push({ face: face.name, transcript: await script(face) });
      } finally {
        await face.close();
      }
    }
    for (const other of transcripts.slice(1)) expect(other.transcript, `${other.face} vs ${transcripts[0]!.face}`).toEqual(transcripts[0]!.transcript);
  });
}

/** What an operation did, comparable across faces: its value, or its error's kind and message. */
export type Outcome<T> = { readonly ok: T } | { readonly error: string; readonly message: string };

/** Awaits `work` and records its outcome; a non-Docker error is rethrown (it is a bug, not behaviour). */
export async function outcome<T>(work: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: await work };
  } catch (error) {
    if (isDockerError(error)) return { error: error.kind, message: error.message };
    throw error;
  }
}

/** Every item of a stream. */
export async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}
