import { describe, expect, it } from 'vitest';
import { composeApp, world } from './helpers.js';

const YAML = `services:
  web:
    image: alpine
    command: sleep 3600
  db:
    image: alpine
    command: sleep 3600
    volumes:
      - data:/data
volumes:
  data:
`;

describe('smoke', () => {
  it('up -d then ps then down', async () => {
    const w = world();
    const { app, out, err } = composeApp(w, YAML);
    await app.up({ detach: true });
    console.log(err.text);
    const rows = await app.ps();
    console.log(rows.map((r) => `${r.Name} ${r.State} ${r.Service}`));
    await app.down();
    console.log(err.text, out.text);
    expect(rows.length).toBe(2);
  });
});
