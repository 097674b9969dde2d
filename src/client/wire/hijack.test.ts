import { describe, expect, it } from 'vitest';
import { claimHijack, hijackResponse, isHijack, RAW_STREAM, type Hijack, type HijackIO } from './hijack.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** An echo exchange: writes "hello", then echoes its input upper-cased. */
const echo: Hijack = {
  mediaType: 'application/vnd.docker.multiplexed-stream',
  async run(io: HijackIO) {
    await io.write(utf8('hello\n'));
    for await (const chunk of io.input) await io.write(utf8(new TextDecoder().decode(chunk).toUpperCase()));
  },
};

describe('hijacked responses', () => {
  it('can be claimed once by the connection owner', () => {
    const response = hijackResponse(echo, { 'Api-Version': '1.50' });
    expect(isHijack(response)).toBe(true);
    expect(claimHijack(response)).toBe(echo);
    expect(claimHijack(response)).toBeUndefined();
    expect(claimHijack(new Response('x'))).toBeUndefined();
  });

  it('runs with no input when its body is read instead (the non-upgrade variant)', async () => {
    const response = hijackResponse(echo, { 'Api-Version': '1.50' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(RAW_STREAM);
    expect(response.headers.get('Api-Version')).toBe('1.50');
    expect(await response.text()).toBe('hello\n');
    expect(claimHijack(response)).toBeUndefined();
  });

  it('does not start until the body is read', async () => {
    let started = false;
    const response = hijackResponse({ mediaType: RAW_STREAM, run: async () => void (started = true) }, {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(started).toBe(false);
    await response.arrayBuffer();
    expect(started).toBe(true);
  });
});
