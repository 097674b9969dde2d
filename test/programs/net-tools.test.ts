/**
 * The networked tools over a process's network stack (here the loopback double; the network layer
 * supplies bridges and Docker's DNS): a user-defined HTTP server program, fetched with wget and
 * curl; names looked up with nslookup and dig; ping.
 */
import { describe, expect, it } from 'vitest';
import { readRequest, serializeMessage, StreamReader } from '../../src/programs/net/http-message.js';
import { OutputCollector } from '../../src/programs/process/streams.js';
import type { Program } from '../../src/programs/types.js';
import { shellWorld, type Userland } from '../helpers/shell-world.js';

/** A tiny web server: `/` says hello, `/echo` returns the request body, anything else is 404. */
const server: Program = async (ctx) => {
  const listener = ctx.net.listen(Number(ctx.argv[1] ?? 80));
  ctx.stdout.write(`listening on ${listener.port}\n`);
  for (let socket = await listener.accept(); socket; socket = await listener.accept()) {
    const request = await readRequest(new StreamReader(socket));
    if (!request) continue;
    const found = request.target === '/' || request.target === '/echo';
    const body = request.target === '/echo' ? request.body : found ? 'hello from the server\n' : 'not here\n';
    socket.write(serializeMessage(found ? 'HTTP/1.1 200 OK' : 'HTTP/1.1 404 Not Found', [['Content-Type', 'text/plain'], ['Content-Length', String(typeof body === 'string' ? body.length : body.length)]], body));
    socket.end();
  }
  return 0;
};

async function withServer(userland: Userland) {
  const exe = (program: string) => ({ data: `#!dockersim ${program}\n`, mode: 0o755 });
  const w = shellWorld(userland, { '/usr/local/bin/webserver': exe('webserver'), '/usr/bin/curl': exe('curl'), '/usr/bin/dig': exe('dig') });
  w.programs.define('webserver', server);
  w.network.hosts.set('web', '172.17.0.3');
  const srv = w.start(['webserver', '80']);
  await w.clock.settle();
  return { w, srv };
}

/** Runs a command beside the server (like `docker exec`). */
async function exec(w: ReturnType<typeof shellWorld>, script: string) {
  const out = new OutputCollector();
  const err = new OutputCollector();
  const child = w.table.spawn(['sh', '-c', script], { env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root' }, cwd: '/tmp', stdout: out, stderr: err });
  const code = await w.clock.hold(child.exited);
  return { stdout: out.text(), stderr: err.text(), code };
}

describe('wget (busybox)', () => {
  it('saves a page with its progress lines, and prints it with -qO-', async () => {
    const { w, srv } = await withServer('alpine');
    expect(srv.stdout.text()).toBe('listening on 80\n');
    expect(await exec(w, 'wget http://web/ && cat index.html')).toEqual({
      stdout: 'hello from the server\n',
      stderr: "Connecting to web (172.17.0.3:80)\nsaving to 'index.html'\nindex.html           100% |********************************|     22  0:00:00 ETA\n'index.html' saved\n",
      code: 0,
    });
    expect(await exec(w, 'wget -qO- localhost')).toEqual({ stdout: 'hello from the server\n', stderr: '', code: 0 });
  });

  it.each([
    ['wget -q http://web/missing', "wget: server returned error: HTTP/1.1 404 Not Found\n"],
    ['wget -q http://nowhere/', "wget: bad address 'nowhere'\n"],
    ['wget -q http://localhost:8080/', "wget: can't connect to remote host (127.0.0.1): Connection refused\n"],
  ])('%s fails: %s', async (script, stderr) => {
    const { w } = await withServer('alpine');
    expect(await exec(w, script)).toEqual({ stdout: '', stderr, code: 1 });
  });
});

describe('curl', () => {
  it('prints the body (progress meter on stderr unless -s), sends data, shows headers', async () => {
    const { w } = await withServer('debian');
    const plain = await exec(w, 'curl http://web/');
    expect(plain.stdout).toBe('hello from the server\n');
    expect(plain.stderr).toContain('% Total    % Received');
    expect(await exec(w, 'curl -s -X POST -d "name=milk" http://web/echo')).toEqual({ stdout: 'name=milk', stderr: '', code: 0 });
    expect((await exec(w, 'curl -si http://web/')).stdout).toBe('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 22\r\n\r\nhello from the server\n');
    expect(await exec(w, 'curl -s -o /dev/null -w "%{http_code}" http://web/missing')).toEqual({ stdout: '404', stderr: '', code: 0 });
  });

  it.each([
    ['curl -s http://nowhere/', '', 6],
    ['curl -sS http://nowhere/', 'curl: (6) Could not resolve host: nowhere\n', 6],
    ['curl -sS localhost:3000', "curl: (7) Failed to connect to localhost port 3000 after 0 ms: Couldn't connect to server\n", 7],
    ['curl -sSf http://web/missing', 'curl: (22) The requested URL returned error: 404\n', 22],
  ])('%s exits %#', async (script, stderr, code) => {
    const { w } = await withServer('debian');
    expect(await exec(w, script)).toEqual({ stdout: '', stderr, code });
  });
});

describe('name lookups and ping', () => {
  it('nslookup as busybox prints it (A answer, then no AAAA)', async () => {
    const { w } = await withServer('alpine');
    expect(await exec(w, 'nslookup web')).toEqual({
      stdout: "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tweb\nAddress: 172.17.0.3\n\nNon-authoritative answer:\n*** Can't find web: No answer\n\n",
      stderr: '',
      code: 0,
    });
    expect((await exec(w, 'nslookup nowhere')).code).toBe(1);
  });

  it('dig shows the answer section with the embedded DNS server', async () => {
    const { w } = await withServer('debian');
    const { stdout } = await exec(w, 'dig web');
    expect(stdout).toContain(';; ANSWER SECTION:\nweb.\t\t\t600\tIN\tA\t172.17.0.3\n');
    expect(stdout).toContain(';; SERVER: 127.0.0.11#53(127.0.0.11) (UDP)\n');
    expect(await exec(w, 'dig +short web')).toEqual({ stdout: '172.17.0.3\n', stderr: '', code: 0 });
  });

  it('ping sends one echo per virtual second and prints statistics', async () => {
    const { w } = await withServer('alpine');
    const start = w.clock.now();
    const { stdout, code } = await exec(w, 'ping -c 3 web');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^PING web \(172\.17\.0\.3\): 56 data bytes\n(64 bytes from 172\.17\.0\.3: seq=\d ttl=64 time=0\.\d{3} ms\n){3}\n--- web ping statistics ---\n3 packets transmitted, 3 packets received, 0% packet loss\nround-trip min\/avg\/max = [\d./]+ ms\n$/);
    expect(w.clock.now() - start).toBe(2000);
    expect(await exec(w, 'ping -c 1 nowhere')).toEqual({ stdout: '', stderr: "ping: bad address 'nowhere'\n", code: 1 });
  });
});
