/**
 * @module
 * The Docker Engine API v1.50 as a Web-standard handler (browser-safe): routes as data, the
 * daemon's headers, errors and version window, the wire formats (JSON, JSON lines, multiplexed
 * streams, hijacked connections).
 */
export { createEngineHandler, type EngineHandler, type EngineHandlerOptions, type EngineTarget } from './handler.js';
export type { ApiContext, OperationHandler, OperationEntry, NotSupported } from './context.js';
export {
  ROUTES,
  SPEC_OPERATIONS,
  EXTRA_OPERATIONS,
  HANDLERS,
  buildRoutes,
  customRoute,
  isNotSupported,
  type Route,
  type RouteStatus,
  type HttpMethod,
  type OperationId,
  type OperationHandlers,
} from './routes.js';
export { statusOf, statusOfKind, STATUS_TEXT } from './status.js';
export { Query } from './query.js';
export { parseFilters, validateFilterNames, type Filters } from './filters.js';
export { parseQueryTimestamp, parseTimestampNanos, parseGoInt } from './timestamps.js';
export { readBody, readJson, readJsonObject, checkForJson, contentLength, PayloadTooLarge, DEFAULT_BODY_LIMITS, type BodyLimits } from './body.js';
export { json, empty, text, errorResponse, jsonLines, byteStream, streamBody, goJson } from './respond.js';
export { compareVersions, negotiateVersion } from './versions.js';
export { progressStream, outputStream, outputMediaType, laterJson, type OutputChunk } from './streams.js';
export { renderCoverage } from './coverage.js';
export { eventToWire } from './operations/system.js';
export { decodeCreateRequest } from './create-body.js';
export { parseDetachKeys, copyEscapable, DEFAULT_DETACH_KEYS } from './detach-keys.js';
export { PATH_STAT_HEADER, encodePathStat } from './operations/archive.js';
