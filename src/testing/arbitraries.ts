/**
 * @module
 * fast-check arbitraries for Docker's vocabulary, for property tests of tools built on dockersim
 * (and of dockersim itself). Requires the optional peer dependency `fast-check`.
 */
import fc from 'fast-check';

/** World seeds. */
export const seed = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: 2 ** 31 - 1 });

/** 64-hex ids. */
export const fullId = (): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });

/** Valid container names (`[a-zA-Z0-9][a-zA-Z0-9_.-]+`). */
export const containerName = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_.-'), minLength: 1, maxLength: 30 }),
    )
    .map(([first, rest]) => first + rest);

/** Arbitrary byte contents (file data, layer payloads). */
export const content = (): fc.Arbitrary<Uint8Array> => fc.uint8Array({ maxLength: 512 });
