/**
 * @module
 * Docker's JSON message stream (moby `jsonmessage.JSONMessage`), the lines `pull`, `push`, `load`
 * and `build` answer with: a status per layer id with progress details and a pre-rendered bar,
 * free text (`stream`), auxiliary data, or an error that ends the stream.
 */
import { humanSize } from '../core/units.js';

/** Progress of one transfer (`progressDetail`). */
export interface JsonProgress {
  readonly current?: number;
  readonly total?: number;
  readonly start?: number;
  readonly hidecounts?: boolean;
  readonly units?: string;
}

/** One message of a JSON stream; fields are omitted when empty, as Docker omits them. */
export interface JsonMessage {
  readonly stream?: string;
  readonly status?: string;
  readonly id?: string;
  readonly progressDetail?: JsonProgress;
  /** The rendered bar (`[==>   ]  1.2MB/3.4MB`), deprecated but still sent. */
  readonly progress?: string;
  readonly errorDetail?: { readonly code?: number; readonly message: string };
  /** Duplicate of `errorDetail.message`, for older clients. */
  readonly error?: string;
  readonly aux?: unknown;
}

/** The bar the daemon renders into `progress` (width 200: bar and numbers), jsonmessage `JSONProgress.String`. */
export function renderProgress(current: number, total: number): string {
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return humanSize(current).padStart(8);
  const pct = Math.min(50, Math.floor(Math.floor((current / total) * 100) / 2));
  const bar = `[${'='.repeat(pct)}>${' '.repeat(Math.max(0, 50 - pct))}] `;
  const numbers = current > total ? humanSize(current).padStart(8) : `${humanSize(current).padStart(8)}/${humanSize(total)}`;
  return bar + numbers;
}

/** A progress message for layer `id`. */
export function progressMessage(status: string, id: string, current: number, total: number): JsonMessage {
  return { status, progressDetail: { current, total }, progress: renderProgress(current, total), id };
}

/** A status message (`Pulling fs layer`, `Pull complete`…), with `progressDetail: {}` when it is about a layer. */
export function statusMessage(status: string, id?: string): JsonMessage {
  return id === undefined ? { status } : { status, progressDetail: {}, id };
}

/** The message that ends a stream with an error. */
export function errorMessage(message: string): JsonMessage {
  return { errorDetail: { message }, error: message };
}
