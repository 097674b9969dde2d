import { describe, expect, it } from 'vitest';
import { socketPair } from '../stack/socket.js';
import { httpRequest, parseHttpUrl } from './client.js';
import { bodyText, header, readRequest, readResponse, StreamReader, writeRequest, writeResponse } from './codec.js';

const pair = () => socketPair({ address: '172.17.0.1', port: 40000 }, { address: '172.17.0.2', port: 80 });

describe('HTTP/1.1 codec', () => {
  it('round-trips a request with a body', async () => {
    const { client, server } = pair();
    writeRequest(client, { method: 'POST', target: '/items', headers: [['Host', 'app']], body: '{"a":1}' });
    const req = await readRequest(new StreamReader(server));
    expect(req).toMatchObject({ method: 'POST', target: '/items', version: 'HTTP/1.1' });
    expect(header(req!.headers, 'content-length')).toBe('7');
    expect(bodyText(req!)).toBe('{"a":1}');
  });

  it('reads a chunked response and one framed by the connection closing', async () => {
    const a = pair();
    a.server.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n');
    expect(bodyText(await readResponse(new StreamReader(a.client)))).toBe('hello world');
    const b = pair();
    b.server.write('HTTP/1.0 404 Not Found\r\nContent-Type: text/plain\r\n\r\nmissing');
    b.server.end();
    const res = await readResponse(new StreamReader(b.client));
    expect([res.status, res.statusText, bodyText(res)]).toEqual([404, 'Not Found', 'missing']);
  });

  it('has no body for HEAD, 204 and 304', async () => {
    const { client, server } = pair();
    writeResponse(server, { status: 204 });
    expect((await readResponse(new StreamReader(client))).body.length).toBe(0);
  });

  it('reports an empty reply', async () => {
    const { client, server } = pair();
    server.end();
    await expect(readResponse(new StreamReader(client))).rejects.toThrow('empty reply from server');
  });

  it.each([
    ['http://localhost:3000/items?x=1', { host: 'localhost', port: 3000, target: '/items?x=1' }],
    ['http://web', { host: 'web', port: 80, target: '/' }],
    ['http://[::1]:8080', { host: '::1', port: 8080, target: '/' }],
    ['http://api?q', { host: 'api', port: 80, target: '/?q' }],
  ])('parses %s', (url, parts) => {
    expect(parseHttpUrl(url)).toEqual(parts);
  });

  it('sends Host, User-Agent, Accept and Connection: close, then reads the answer', async () => {
    const { client, server } = pair();
    const served = (async () => {
      const req = await readRequest(new StreamReader(server));
      writeResponse(server, { status: 200, body: req!.headers.map(([n, v]) => `${n}=${v}`).join(';') });
      server.end();
    })();
    const res = await httpRequest(async () => client, 'http://web:8080/');
    await served;
    expect(bodyText(res)).toBe('Host=web:8080;User-Agent=dockersim;Accept=*/*;Connection=close');
  });
});
