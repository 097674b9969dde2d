/**
 * The playground in a real browser: Debian's Chromium, driven by playwright-core (never a
 * downloaded browser). The test builds the app with Vite, serves it from loopback, types docker
 * commands into the terminal, and checks what the terminal prints and what the picture shows. It
 * skips, saying why, only when Chromium is not installed (`.ci/run` installs it);
 * `DOCKERSIM_TEST_CHROMIUM` names another Chromium binary.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from './serve.js';

const CHROMIUM = process.env['DOCKERSIM_TEST_CHROMIUM'] ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROOT = join(import.meta.dirname, '..', '..');
const installed = existsSync(CHROMIUM);
if (!installed) console.warn(`playground browser test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run does)`);
const title = installed ? 'the playground in Chromium' : `the playground in Chromium — SKIPPED: no browser at ${CHROMIUM} (apt-get install -y chromium)`;

describe.skipIf(!installed)(title, () => {
  let work: string;
  let context: BrowserContext;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  const errors: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'dockersim-playground-'));
    await build({ configFile: join(ROOT, 'playground', 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(work, 'dist'), emptyOutDir: true } });
    server = await serveDirectory(join(work, 'dist'));
    // A fresh profile per run: nothing remembered from another run or another test.
    context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1500, height: 950 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?seed=42`);
    await page.waitForSelector('.terminal .input');
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Types `line`, presses Enter, waits for the prompt; returns the screen from the line's prompt and echo on. */
  async function type(line: string): Promise<string> {
    await page.fill('.terminal .input', line);
    await page.press('.terminal .input', 'Enter');
    await page.waitForSelector('.terminal:not(.busy)', { timeout: 60_000 });
    const screen = (await page.locator('.terminal .lines .line').allTextContents()).join('\n');
    const echo = screen.lastIndexOf(`# ${line}\n`);
    // Up to the next prompt, without it.
    return screen.slice(screen.lastIndexOf('\n', echo) + 1).replace(/\nroot@dockersim:[^\n]*# ?$/, '\n');
  }

  it('runs docker commands in the terminal and shows their effects in the picture', async () => {
    const version = await type('docker version');
    expect(version).toContain('root@dockersim:~/getting-started-app# docker version');
    expect(version).toMatch(/Server: Docker Engine - Community/);
    expect(version).toMatch(/ Engine:\n {2}Version: {10}28\.2\.2\n {2}API version: {6}1\.50 \(minimum version 1\.24\)/);

    const hello = await type('docker run hello-world');
    expect(hello).toContain("Unable to find image 'hello-world:latest' locally");
    expect(hello).toContain('Status: Downloaded newer image for hello-world:latest');
    const helloCard = page.locator('.picture .card.container', { hasText: 'hello-world' });
    await helloCard.waitFor();
    await page.locator('.picture .card.image[data-label="hello-world:latest"]').waitFor();
    await page.locator('.workshop .done').waitFor();

    const web = await type('docker run -d --name web -p 8080:80 alpine sleep 1000');
    expect(web.trimEnd().split('\n').pop()).toMatch(/^[0-9a-f]{64}$/);
    const card = page.locator('.picture .card.container[data-label="web"]');
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('running');
    expect(await card.textContent()).toContain('0.0.0.0:8080→80/tcp');
    await page.locator('.picture .edge-label.endpoint', { hasText: '172.17.0.2' }).waitFor();
    await page.locator('.events .event', { hasText: 'container start' }).first().waitFor();

    // Tab completes docker's words and the world's names; Up recalls history.
    await page.fill('.terminal .input', 'docker rm -f w');
    await page.press('.terminal .input', 'Tab');
    expect(await page.inputValue('.terminal .input')).toBe('docker rm -f web ');
    await page.press('.terminal .input', 'Enter');
    await page.waitForSelector('.terminal:not(.busy)');
    await card.waitFor({ state: 'detached' });
    await page.press('.terminal .input', 'ArrowUp');
    expect(await page.inputValue('.terminal .input')).toBe('docker rm -f web ');
    await page.fill('.terminal .input', '');

    // node:18-alpine is built on alpine: its bottom layer is alpine's, drawn once in the store and
    // shown as shared in both cards, with an arc between them.
    expect(await type('docker pull -q node:18-alpine')).toContain('docker.io/library/node:18-alpine');
    await page.locator('.picture .edge-label.shares', { hasText: '1 layer' }).waitFor();
    const alpineBars = page.locator('.picture .card.image[data-label="alpine:latest"] rect.layer');
    expect(await alpineBars.getAttribute('class')).toBe('layer shared');
    expect(await page.locator('.picture .card.image[data-label="node:18-alpine"] rect.layer.shared').count()).toBe(1);
    await alpineBars.hover();
    expect(await page.locator('.picture rect.layer.lit').count()).toBe(2);

    const shot = join(tmpdir(), 'dockersim-playground.png');
    await type('docker ps -a');
    await page.screenshot({ path: shot });
    console.log(`playground screenshot: ${shot}`);
    expect(errors).toEqual([]);
  }, 120_000);

  it('pauses and advances the clock, guides the workshop, saves and loads the world', async () => {
    await page.click('[data-action="pause"]');
    await page.waitForSelector('.clock[data-mode="manual"]');
    const before = Date.parse((await page.textContent('.clock .time'))!.replace(' ', 'T'));
    await page.click('[data-action="advance 10 s"]');
    await page.waitForFunction((t) => Date.parse(document.querySelector('.clock .time')!.textContent!.replace(' ', 'T')) === t + 10_000, before);

    await page.click('.workshop nav button:has-text("Next")');
    expect(await page.textContent('.workshop h2')).toBe('Containerize an application');
    await page.click('.workshop .type-it');
    expect(await page.inputValue('.terminal .input')).toBe('cat Dockerfile');
    await page.fill('.terminal .input', '');

    const download = page.waitForEvent('download');
    await page.click('[data-action="save"]');
    const file = await download;
    expect(file.suggestedFilename()).toBe('dockersim-world-seed42.json');
    const saved = join(work, 'saved.json');
    await file.saveAs(saved);

    await page.fill('.world .seed', '7');
    await page.click('[data-action="new world"]');
    await page.locator('.picture .card.container').first().waitFor({ state: 'detached' });
    expect(await page.locator('.picture .card.image').count()).toBe(0);

    await page.setInputFiles('.world input[type=file]', saved);
    await page.locator('.picture .card.container[data-label="mystifying_leakey"]').waitFor();
    await page.locator('.terminal .line', { hasText: 'Loaded saved.json' }).waitFor();
    expect(await page.locator('.picture .card.image').count()).toBe(3);
    expect(errors).toEqual([]);
  }, 120_000);
});
