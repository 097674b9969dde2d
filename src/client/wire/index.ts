/**
 * @module
 * The Engine API's wire formats that both sides need: multiplexed streams, JSON message streams
 * and hijacked connections.
 */
export { encodeFrame, decodeFrames, StdcopyDecoder, concat, STDIN, STDOUT, STDERR, SYSTEMERR, type StdStream, type StdFrame } from './stdcopy.js';
export { readJsonLines, encodeMessage, errorMessage, messageError, type JSONMessage, type JSONProgress, type JSONError } from './json-message.js';
export {
  hijackResponse,
  claimHijack,
  connectHijack,
  isHijack,
  NO_INPUT,
  RAW_STREAM,
  MULTIPLEXED_STREAM,
  type Hijack,
  type HijackIO,
  type HijackedConnection,
  type StreamMediaType,
} from './hijack.js';
export { encodeRegistryAuth, decodeRegistryAuth, REGISTRY_AUTH_HEADER } from './registry-auth.js';
