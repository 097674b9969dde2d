/**
 * The getting-started workshop, typed into the playground's terminal step by step: each step's
 * commands (placeholders filled from the picture) leave the world in the state the step checks.
 */
import { describe, expect, it } from 'vitest';
import { HUB_USER } from '../../playground/src/session.js';
import { headlessPlayground } from './helpers.js';

describe('the workshop, typed into the terminal', () => {
  it('every step is done after its suggested commands', async () => {
    const pg = await headlessPlayground();
    const transcript: string[] = [];
    for (let i = 0; i < pg.workshop.steps.length; i++) {
      pg.workshop.goTo(i);
      expect(pg.workshop.done, pg.workshop.step.id).toBe(false);
      for (let command = pg.workshop.suggestion(); command !== undefined; command = pg.workshop.suggestion()) {
        const output = await pg.type(command, ...(command.startsWith('docker login') ? [HUB_USER.password] : []));
        transcript.push(`$ ${command}\n${output}[exit ${await pg.status()}]`);
        if (pg.workshop.commands().every((c) => c.ran)) break;
      }
      if (pg.workshop.step.done) expect(pg.workshop.done, `${pg.workshop.step.id}\n${transcript.slice(-5).join('\n')}`).toBe(true);
    }
  }, 60_000);
});
