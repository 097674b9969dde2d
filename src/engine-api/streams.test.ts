import { describe, expect, it } from 'vitest';
import { decodeFrames } from '../client/wire/stdcopy.js';
import { DockerError } from '../core/errors.js';
import { laterJson, outputStream, progressStream } from './streams.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('streamed answers', () => {
  it('sends progress as CRLF-separated JSON messages', async () => {
    const response = await progressStream(
      (async function* () {
        yield { status: 'Pulling from library/alpine', id: 'latest' };
        yield { status: 'Digest: sha256:abc' };
      })(),
    );
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.text()).toBe('{"status":"Pulling from library/alpine","id":"latest"}\r\n{"status":"Digest: sha256:abc"}\r\n');
  });

  it('turns a failure before the first message into an HTTP error, and a later one into errorDetail', async () => {
    await expect(
      progressStream(
        (async function* () {
          throw new DockerError('NotFound', 'pull access denied for nosuch');
        })(),
      ),
    ).rejects.toThrow('pull access denied for nosuch');
    const failing = await progressStream(
      (async function* () {
        yield { stream: 'Step 1/2 : RUN failme\n' };
        throw Object.assign(new Error("The command '/bin/sh -c failme' returned a non-zero code: 127"), { code: 127 });
      })(),
    );
    expect((await failing.text()).split('\r\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual([
      { stream: 'Step 1/2 : RUN failme\n' },
      {
        errorDetail: { code: 127, message: "The command '/bin/sh -c failme' returned a non-zero code: 127" },
        error: "The command '/bin/sh -c failme' returned a non-zero code: 127",
      },
    ]);
  });

  it('frames output without a TTY and sends it raw with one; old clients always get raw-stream', async () => {
    const chunks = async function* () {
      yield { stream: 1 as const, data: utf8('out\n') };
      yield { stream: 2 as const, data: utf8('err\n') };
    };
    const framed = outputStream(chunks(), { tty: false, version: '1.50' });
    expect(framed.headers.get('Content-Type')).toBe('application/vnd.docker.multiplexed-stream');
    expect(decodeFrames(new Uint8Array(await framed.arrayBuffer())).map((f) => f.stream)).toEqual([1, 2]);
    const raw = outputStream(chunks(), { tty: true, version: '1.50' });
    expect(raw.headers.get('Content-Type')).toBe('application/vnd.docker.raw-stream');
    expect(await raw.text()).toBe('out\nerr\n');
    expect(outputStream(chunks(), { tty: false, version: '1.41' }).headers.get('Content-Type')).toBe('application/vnd.docker.raw-stream');
  });

  it('answers headers first and the JSON body later', async () => {
    let finish: (value: unknown) => void = () => {};
    const response = laterJson(new Promise((resolve) => (finish = resolve)));
    expect(response.status).toBe(200);
    expect(response.headers.has('Content-Length')).toBe(false);
    const text = response.text();
    finish({ StatusCode: 0, Error: null });
    expect(await text).toBe('{"StatusCode":0,"Error":null}\n');
  });
});
