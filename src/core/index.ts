/**
 * @module
 * The core kernel: virtual time, seeded randomness, ids and names, digests, Docker's errors,
 * the immutable store and Docker events.
 */
export { Clock, DEFAULT_EPOCH_MS, type ClockMode, type ClockOptions, type Timer } from './clock.js';
export { Random, type RandomState, type Seed } from './random.js';
export { idGenerator, shortId, isFullId, type Id } from './ids.js';
export { randomName, pickContainerName } from './names.js';
export { digestOf, digester, isDigest, asDigest, digestHex, sha256Hex, utf8, type Digest } from './digest.js';
export { DockerError, isDockerError, errors, ERROR_KINDS, type ErrorKind } from './errors.js';
export { Store, type Commit, type Recipe } from './store.js';
export { Table, type TableChange } from './table.js';
export { type DockerEvent, type EventSpec, type EventActor, type EventType } from './events.js';
export { encodeState, decodeState, type Json } from './serialize.js';
export { formatTimestamp, parseTimestamp, ZERO_TIME } from './time.js';
export { toBase64, fromBase64 } from './base64.js';
export { AsyncQueue } from './async-queue.js';
export type { HostTick } from './host-tick.js';
export { humanDuration, humanSize, humanSizeWithPrecision, bytesSize, formatG } from './units.js';
