/**
 * @module
 * Docker's random container names (`admiring_turing`), drawn from the world's seeded random:
 * `<adjective>_<surname>`, never `boring_wozniak`, and on retry `n > 0` one random digit appended
 * (moby `namesgenerator.GetRandomName`). The daemon retries 6 times, then falls back to the
 * short id ({@link pickContainerName}).
 */
import { NAME_ADJECTIVES, NAME_SURNAMES } from './names-data.js';
import type { Random } from './random.js';
import { shortId } from './ids.js';

/** One candidate name for retry number `retry` (0 = first try). */
export function randomName(random: Random, retry = 0): string {
  for (;;) {
    const name = `${random.pick(NAME_ADJECTIVES)}_${random.pick(NAME_SURNAMES)}`;
    if (name === 'boring_wozniak') continue; // Steve Wozniak is not boring
    return retry > 0 ? `${name}${random.int(10)}` : name;
  }
}

/** A free random name for container `id`, as the daemon reserves one (moby `daemon/names.go`). */
export function pickContainerName(random: Random, id: string, isTaken: (name: string) => boolean): string {
  for (let retry = 0; retry < 6; retry++) {
    const name = randomName(random, retry);
    if (!isTaken(name)) return name;
  }
  return shortId(id);
}
