/**
 * @module
 * The wire protocol between the simulated MySQL server and its clients (the `mysql` program,
 * the todo app's driver). The real MySQL client/server protocol is binary; what matters to a
 * user is what travels (credentials, statements, result sets, errors), so the simulation
 * exchanges one JSON object per line over a {@link Socket}:
 *
 * 1. server → `{"hello":{"version":"8.0.41","connectionId":8}}` on connect;
 * 2. client → `{"auth":{"user":"root","password":"secret"|null,"database":"todos"|null}}`;
 *    server → `{"ok":{}}`, or `{"error":{…}}` and closes (1045, 1044, 1049);
 * 3. client → `{"query":"SELECT …"}`; server → `{"result":QueryResult}` or `{"error":{code,state,message}}`;
 * 4. client → `{"quit":true}`, or closes the socket.
 */
import type { Socket } from '../types.js';
import type { QueryResult } from './sql-engine.js';
import { SqlError } from './sql-error.js';

/** The server's greeting. */
export interface Hello {
  readonly version: string;
  readonly connectionId: number;
}

/** Credentials and the initial database. */
export interface Auth {
  readonly user: string;
  readonly password: string | null;
  readonly database: string | null;
}

/** An error as it travels. */
export interface WireError {
  readonly code: number;
  readonly state: string;
  readonly message: string;
}

/** Every frame either side sends. */
export type Frame =
  | { readonly hello: Hello }
  | { readonly auth: Auth }
  | { readonly ok: Record<string, never> }
  | { readonly query: string }
  | { readonly result: QueryResult }
  | { readonly error: WireError }
  | { readonly quit: true };

/** Sends one frame. */
export function send(socket: Pick<Socket, 'write'>, frame: Frame): void {
  socket.write(`${JSON.stringify(frame)}\n`);
}

/** Reads the next frame, or `null` when the peer closed. */
export async function receive(socket: Pick<Socket, 'readLine'>): Promise<Frame | null> {
  const line = await socket.readLine();
  if (line === null) return null;
  try {
    return JSON.parse(line) as Frame;
  } catch {
    return null;
  }
}

/** An error frame's payload from a {@link SqlError}. */
export function wireError(e: SqlError): WireError {
  return { code: e.code, state: e.state, message: e.message };
}

/** The {@link SqlError} a received error frame stands for. */
export function sqlErrorOf(e: WireError): SqlError {
  return new SqlError(e.code, e.state, e.message);
}

/**
 * A client connection: the handshake done, statements sent one at a time. Used by the `mysql`
 * program and by apps' drivers.
 */
export class MysqlConnection {
  readonly #socket: Socket;
  /** The server's greeting (version, connection id). */
  readonly hello: Hello;

  private constructor(socket: Socket, hello: Hello) {
    this.#socket = socket;
    this.hello = hello;
  }

  /** Completes the handshake on a connected socket; throws the server's {@link SqlError} (1045…). */
  static async open(socket: Socket, auth: Auth): Promise<MysqlConnection> {
    const hello = await receive(socket);
    if (!hello || !('hello' in hello)) throw new SqlError(2013, 'HY000', 'Lost connection to MySQL server at \'reading initial communication packet\', system error: 0');
    send(socket, { auth });
    const reply = await receive(socket);
    if (reply && 'error' in reply) {
      socket.close();
      throw sqlErrorOf(reply.error);
    }
    if (!reply || !('ok' in reply)) throw new SqlError(2013, 'HY000', 'Lost connection to MySQL server during query');
    return new MysqlConnection(socket, hello.hello);
  }

  /** Runs one statement; throws the server's {@link SqlError}. */
  async query(sql: string): Promise<QueryResult> {
    send(this.#socket, { query: sql });
    const reply = await receive(this.#socket);
    if (!reply) throw new SqlError(2013, 'HY000', 'Lost connection to MySQL server during query');
    if ('error' in reply) throw sqlErrorOf(reply.error);
    if (!('result' in reply)) throw new SqlError(2027, 'HY000', 'Malformed packet');
    return reply.result;
  }

  /** Says goodbye and closes. */
  close(): void {
    send(this.#socket, { quit: true });
    this.#socket.close();
  }
}
