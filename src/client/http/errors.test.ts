import { describe, expect, it } from 'vitest';
import { errorFromResponse, kindOfStatus } from './errors.js';

const URL = 'http://api.moby.localhost/v1.50/containers/x/json';

describe('error responses as the Go client reads them', () => {
  it.each([
    [404, 'application/json', '{"message":"No such container: x"}\n', 'NotFound', 'No such container: x'],
    [409, 'application/json', '{"message":" padded \\n"}', 'Conflict', 'padded'],
    [404, 'application/json; charset=utf-8', '{"message":"No such container: x"}', 'NotFound', '{"message":"No such container: x"}'],
    [400, 'text/plain; charset=utf-8', 'client version 1.12 is too old\n', 'InvalidParameter', 'client version 1.12 is too old'],
    [404, 'application/json', '{"message":""}', 'NotFound', 'API returned a 404 (Not Found) but provided no error-message'],
    [500, 'application/json', 'not json', 'Internal', 'Error reading JSON: '],
    [404, 'application/json', '', 'NotFound', `request returned 404 Not Found for API route and version ${URL}, check if the server supports the requested API version`],
    [413, 'application/json', '{"message":"too big"}', 'InvalidParameter', 'too big'],
    [502, 'text/html', '<html>bad gateway</html>', 'Internal', '<html>bad gateway</html>'],
  ])('%i %s %j → %s', async (status, contentType, body, kind, message) => {
    const statusText = { 404: 'Not Found', 409: 'Conflict', 400: 'Bad Request', 500: 'Internal Server Error', 413: 'Request Entity Too Large', 502: 'Bad Gateway' }[status];
    const error = await errorFromResponse(new Response(body, { status, statusText, headers: { 'Content-Type': contentType } }), URL);
    expect(error.kind).toBe(kind);
    if (message.endsWith(': ')) expect(error.message.startsWith(message)).toBe(true);
    else expect(error.message).toBe(message);
  });

  it('reads 304 as NotModified without a body', async () => {
    const error = await errorFromResponse(new Response(null, { status: 304, statusText: 'Not Modified' }), URL);
    expect(error.kind).toBe('NotModified');
    expect(kindOfStatus(418)).toBe('InvalidParameter');
    expect(kindOfStatus(599)).toBe('Internal');
  });
});
