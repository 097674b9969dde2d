/**
 * The Web-standard globals that browser-safe dockersim code may use, declared without the DOM lib
 * so that `tsconfig.core.json` proves the core needs nothing else (no Node, no DOM).
 * Every declaration is a subset of the real DOM/Node type, so code written against it also
 * compiles against the full libs.
 */

declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(id: unknown): void;
declare function queueMicrotask(callback: () => void): void;

declare var console: {
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};

declare var performance: { now(): number };

interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { new (): TextEncoder };
interface TextDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare var TextDecoder: { new (label?: string, options?: { fatal?: boolean }): TextDecoder };

interface MessageEventLike {
  readonly data: unknown;
}
interface MessagePort {
  onmessage: ((ev: MessageEventLike) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}
interface MessageChannel {
  readonly port1: MessagePort;
  readonly port2: MessagePort;
}
declare var MessageChannel: { new (): MessageChannel };

interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
interface AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}
declare var AbortController: { new (): AbortController };

interface URLSearchParams {
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  keys(): IterableIterator<string>;
  entries(): IterableIterator<[string, string]>;
  toString(): string;
  forEach(callback: (value: string, key: string) => void): void;
}
declare var URLSearchParams: {
  new (init?: string | Record<string, string> | [string, string][]): URLSearchParams;
};
interface URL {
  readonly pathname: string;
  readonly search: string;
  readonly searchParams: URLSearchParams;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly protocol: string;
  readonly href: string;
  toString(): string;
}
declare var URL: { new (url: string, base?: string): URL };

interface ReadableStreamReadResult<T> {
  done: boolean;
  value?: T;
}
interface ReadableStreamDefaultReader<R> {
  read(): Promise<ReadableStreamReadResult<R>>;
  releaseLock(): void;
  cancel(reason?: unknown): Promise<void>;
}
interface ReadableStreamDefaultController<R> {
  enqueue(chunk: R): void;
  close(): void;
  error(e?: unknown): void;
  readonly desiredSize: number | null;
}
interface UnderlyingSource<R> {
  start?(controller: ReadableStreamDefaultController<R>): void | Promise<void>;
  pull?(controller: ReadableStreamDefaultController<R>): void | Promise<void>;
  cancel?(reason?: unknown): void | Promise<void>;
}
interface ReadableStream<R = Uint8Array> {
  readonly locked: boolean;
  getReader(): ReadableStreamDefaultReader<R>;
  cancel(reason?: unknown): Promise<void>;
}
interface QueuingStrategy<R> {
  highWaterMark?: number;
  size?(chunk: R): number;
}
declare var ReadableStream: {
  new <R = Uint8Array>(source?: UnderlyingSource<R>, strategy?: QueuingStrategy<R>): ReadableStream<R>;
};

interface Headers {
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  delete(name: string): void;
  forEach(callback: (value: string, key: string) => void): void;
}
declare var Headers: { new (init?: Record<string, string> | [string, string][] | Headers): Headers };

type BodyInit = string | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>;
interface RequestInit {
  method?: string;
  headers?: Record<string, string> | [string, string][] | Headers;
  body?: BodyInit | null;
  signal?: AbortSignal | null;
  duplex?: 'half';
}
interface ResponseInit {
  status?: number;
  statusText?: string;
  headers?: Record<string, string> | [string, string][] | Headers;
}
interface Body {
  readonly body: ReadableStream<Uint8Array> | null;
  readonly bodyUsed: boolean;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
  json(): Promise<unknown>;
}
interface Request extends Body {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly signal: AbortSignal;
}
declare var Request: { new (input: string, init?: RequestInit): Request };
interface Response extends Body {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: Headers;
}
declare var Response: { new (body?: BodyInit | null, init?: ResponseInit): Response };

declare function fetch(input: Request | string, init?: RequestInit): Promise<Response>;
