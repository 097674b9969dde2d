/**
 * Transcripts of the node image's programs — node, its entrypoint, yarn, npm, npx, nodemon — as
 * a user sees them in a container.
 */
import { describe, expect, it } from 'vitest';
import { bodyText, readResponse, StreamReader } from '../../src/network/http/codec.js';
import { createProgramRegistry } from '../../src/programs/catalog.js';
import { alpineFiles } from '../helpers/images.js';
import { processWorld, type Files } from '../helpers/process-world.js';

const exe = (program: string) => ({ data: `#!dockersim ${program}\n`, mode: 0o755 });

function nodeWorld(files: Files = {}) {
  return processWorld({
    programs: createProgramRegistry(),
    files: alpineFiles({
      '/usr/local/bin/node': exe('node'),
      '/usr/local/bin/yarn': exe('yarn'),
      '/usr/local/bin/npm': exe('npm'),
      '/usr/local/bin/npx': exe('npx'),
      '/usr/local/bin/docker-entrypoint.sh': exe('docker-entrypoint-node'),
      ...files,
    }),
  });
}

const env = { NODE_VERSION: '18.20.8', YARN_VERSION: '1.22.19' };
const PKG = JSON.stringify({ name: 'demo', version: '0.1.0', scripts: { greet: 'echo hello from $npm_lifecycle_event', fail: 'exit 3', dev: 'nodemon src/index.js' }, dependencies: { uuid: '^9.0.0' }, devDependencies: { nodemon: '^2.0.20' } });

describe('node', () => {
  it('prints its version and fails on a missing script as node 18 does', async () => {
    const w = nodeWorld();
    expect(await w.run(['node', '--version'], { env })).toEqual({ stdout: 'v18.20.8\n', stderr: '', code: 0 });
    const missing = await w.run(['node', 'x.js'], { env, cwd: '/app' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "node:internal/modules/cjs/loader:1080\n  throw err;\n  ^\n\nError: Cannot find module '/app/x.js'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1077:15)\n    at Module._load (node:internal/modules/cjs/loader:922:27)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:86:12)\n    at node:internal/main/run_main_module:23:47 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v18.20.8\n",
    );
  });

  it('runs a script for what it prints; a server keeps running and answers on its port', async () => {
    const w = nodeWorld({ '/app/hello.js': "console.log('hello');\nconsole.error(\"oops\");\n", '/app/server.js': "const port = process.env.PORT || 8080;\nrequire('http').createServer((req, res) => res.end('hi there')).listen(port);\nconsole.log(`up`);\nprocess.on('SIGTERM', () => process.exit(0));\n" });
    expect(await w.run(['node', 'hello.js'], { env, cwd: '/app' })).toEqual({ stdout: 'hello\n', stderr: 'oops\n', code: 0 });
    const server = w.start(['node', '/app/server.js'], { env: { ...env, PORT: '8081' } });
    await w.clock.hold(w.clock.sleep(10));
    const stack = w.network.stack();
    const socket = await stack.connect('127.0.0.1', 8081);
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    const reply = await readResponse(new StreamReader(socket));
    expect({ status: reply.status, body: bodyText(reply) }).toEqual({ status: 200, body: 'hi there' });
    expect(server.stdout.text()).toBe('up\n');
    server.child.kill('SIGTERM');
    expect(await w.clock.hold(server.child.exited)).toBe(0);
  });

  it('-e reads its code as a script: literal output, process.exit', async () => {
    const w = nodeWorld();
    expect(await w.run(['node', '-e', "console.log('hi'); console.log(42); process.exit(3)"], { env })).toEqual({ stdout: 'hi\n42\n', stderr: '', code: 3 });
  });

  it('the entrypoint prepends node unless the first argument is a command', async () => {
    const w = nodeWorld({ '/app/hello.js': "console.log('hi')\n" });
    expect((await w.run(['docker-entrypoint.sh', 'hello.js'], { env, cwd: '/app' })).stdout).toBe('hi\n');
    expect((await w.run(['docker-entrypoint.sh', '--version'], { env })).stdout).toBe('v18.20.8\n');
    expect((await w.run(['docker-entrypoint.sh', 'echo', 'plain'], { env })).stdout).toBe('plain\n');
  });
});

describe('yarn and npm', () => {
  it('yarn install writes node_modules and the lockfile; a second install is up to date', async () => {
    const w = nodeWorld({ '/app/package.json': PKG });
    const first = await w.run(['yarn', 'install'], { env, cwd: '/app' });
    expect(first).toEqual({ stdout: 'yarn install v1.22.19\ninfo No lockfile found.\n[1/4] Resolving packages...\n[2/4] Fetching packages...\n[3/4] Linking dependencies...\n[4/4] Building fresh packages...\nsuccess Saved lockfile.\nDone in 2.02s.\n', stderr: '', code: 0 });
    expect(w.fs.readdir('/app/node_modules')).toEqual(expect.arrayContaining(['.bin', 'nodemon', 'uuid', 'chokidar']));
    expect(JSON.parse(new TextDecoder().decode(w.fs.readFile('/app/node_modules/uuid/package.json')))).toMatchObject({ name: 'uuid', version: '9.0.0' });
    expect(new TextDecoder().decode(w.fs.readFile('/app/yarn.lock'))).toContain('uuid@^9.0.0:\n  version "9.0.0"\n');
    const again = await w.run(['yarn'], { env, cwd: '/app' });
    expect(again.stdout).toBe('yarn install v1.22.19\n[1/4] Resolving packages...\nsuccess Already up-to-date.\nDone in 0.34s.\n');
    await w.run(['yarn', 'install', '--production'], { env, cwd: '/app' });
    expect(w.fs.readdir('/app/node_modules')).toEqual(['.yarn-integrity', 'uuid']);
  });

  it('yarn install --frozen-lockfile refuses a lockfile that does not cover package.json', async () => {
    const w = nodeWorld({ '/app/package.json': PKG, '/app/yarn.lock': '# yarn lockfile v1\n\n\nuuid@^9.0.0:\n  version "9.0.0"\n' });
    const r = await w.run(['yarn', 'install', '--frozen-lockfile'], { env, cwd: '/app' });
    expect(r).toEqual({ stdout: 'yarn install v1.22.19\n[1/4] Resolving packages...\ninfo Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\n', stderr: 'error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.\n', code: 1 });
  });

  it('yarn run and yarn <script> run package scripts through the shell with their header', async () => {
    const w = nodeWorld({ '/app/package.json': PKG });
    expect(await w.run(['yarn', 'run', 'greet'], { env, cwd: '/app' })).toEqual({ stdout: 'yarn run v1.22.19\n$ echo hello from $npm_lifecycle_event\nhello from\nDone in 0.00s.\n', stderr: '', code: 0 });
    expect(await w.run(['yarn', 'fail'], { env, cwd: '/app' })).toEqual({ stdout: 'yarn run v1.22.19\n$ exit 3\ninfo Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.\n', stderr: 'error Command failed with exit code 3.\n', code: 3 });
    expect(await w.run(['yarn', 'nope'], { env, cwd: '/app' })).toEqual({ stdout: 'yarn run v1.22.19\ninfo Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.\n', stderr: 'error Command "nope" not found.\n', code: 1 });
  });

  it('npm install --omit=dev and npm run print npm 10 lines', async () => {
    const w = nodeWorld({ '/app/package.json': PKG });
    expect(await w.run(['npm', 'install', '--omit=dev'], { env, cwd: '/app' })).toEqual({ stdout: '\nadded 1 package, and audited 2 packages in 530ms\n\nfound 0 vulnerabilities\n', stderr: '', code: 0 });
    expect((await w.run(['npm', 'install'], { env, cwd: '/app' })).stdout).toMatch(/^\nadded \d+ packages, and audited \d+ packages in \ds\n\nfound 0 vulnerabilities\n$/);
    expect(await w.run(['npm', 'run', 'greet'], { env, cwd: '/app' })).toEqual({ stdout: '\n> demo@0.1.0 greet\n> echo hello from $npm_lifecycle_event\n\nhello from\n', stderr: '', code: 0 });
    const missing = await w.run(['npm', 'run', 'nope'], { env, cwd: '/app' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^npm error Missing script: "nope"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run\nnpm error A complete log of this run can be found in: \/root\/\.npm\/_logs\/\S+-debug-0\.log\n$/);
  });
});

describe('nodemon', () => {
  it('colours its lines on a terminal', async () => {
    const w = nodeWorld({ '/app/package.json': PKG, '/app/src/index.js': "console.log('once');\n" });
    await w.run(['yarn', 'install'], { env, cwd: '/app' });
    const dev = w.start(['/app/node_modules/.bin/nodemon', 'src/index.js'], { env, cwd: '/app', tty: true });
    await w.clock.hold(w.clock.sleep(100));
    expect(dev.stdout.text().replace(/\r\n/g, '\n')).toBe(
      '\x1b[33m[nodemon] 2.0.20\x1b[39m\n\x1b[33m[nodemon] to restart at any time, enter `rs`\x1b[39m\n\x1b[33m[nodemon] watching path(s): *.*\x1b[39m\n\x1b[33m[nodemon] watching extensions: js,mjs,json\x1b[39m\n\x1b[32m[nodemon] starting `node src/index.js`\x1b[39m\nonce\n\x1b[32m[nodemon] clean exit - waiting for changes before restart\x1b[39m\n',
    );
    dev.child.kill('SIGKILL');
  });

  it('restarts on a watched change, not on node_modules or other extensions; reports a crash', async () => {
    const w = nodeWorld({ '/app/package.json': PKG, '/app/src/index.js': "console.log('v1');\nsetInterval(() => {}, 1000);\n" });
    await w.run(['yarn', 'install'], { env, cwd: '/app' });
    const dev = w.start(['yarn', 'dev'], { env, cwd: '/app' });
    await w.clock.hold(w.clock.sleep(100));
    w.fs.writeFile('/app/node_modules/uuid/index.js', '// changed\n');
    w.fs.writeFile('/app/README.md', 'docs\n');
    await w.clock.hold(w.clock.sleep(2000));
    w.fs.writeFile('/app/src/index.js', "console.log('v2');\nsetInterval(() => {}, 1000);\n");
    await w.clock.hold(w.clock.sleep(2000));
    w.fs.writeFile('/app/src/index.js', "console.error('boom');\nprocess.exit(1);\n");
    await w.clock.hold(w.clock.sleep(2000));
    expect(dev.stdout.text()).toBe(
      'yarn run v1.22.19\n$ nodemon src/index.js\n[nodemon] 2.0.20\n[nodemon] to restart at any time, enter `rs`\n[nodemon] watching path(s): *.*\n[nodemon] watching extensions: js,mjs,json\n[nodemon] starting `node src/index.js`\nv1\n' +
        '[nodemon] restarting due to changes...\n[nodemon] starting `node src/index.js`\nv2\n[nodemon] restarting due to changes...\n[nodemon] starting `node src/index.js`\n[nodemon] app crashed - waiting for file changes before starting...\n',
    );
    dev.child.kill('SIGKILL');
  });
});
