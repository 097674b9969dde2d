/**
 * python3 in the python image: `--version`, a print-only script, the refusal of what is not
 * simulated, and `python3 -m http.server` serving a directory with Python's log lines — its
 * "Serving HTTP" line held in stdout's buffer unless unbuffered, as CPython does.
 */
import { describe, expect, it } from 'vitest';
import { bodyText, header } from '../../src/network/http/codec.js';
import { cliWorld } from '../cli/cli-world.js';

describe('python3', () => {
  it('reports its version and runs a print-only script', async () => {
    const { docker, world } = cliWorld(4);
    await docker('docker pull -q python:3.13-slim');
    expect((await docker('docker run --rm python:3.13-slim python3 --version')).stdout).toMatch(/^Python 3\.13\.\d+\n$/);
    world.host().fs.writeFile('/work/hello.py', 'import sys\n# greet\nprint("Hello from", "Python", 3)\nprint(\'done\')\n');
    expect(await docker('docker run --rm -v /work:/app -w /app python:3.13-slim python hello.py')).toEqual({ stdout: 'Hello from Python 3\ndone\n', stderr: '', exitCode: 0 });
    expect(await docker('docker run --rm python:3.13-slim python3 -c "x = 1"')).toEqual({ stdout: '', stderr: 'dockersim: python3 runs only print() of literals, imports and comments; cannot run line 1 of <string>: x = 1\n', exitCode: 1 });
    expect((await docker('docker run --rm python:3.13-slim python3 missing.py')).stderr).toBe("python3: can't open file '/missing.py': [Errno 2] No such file or directory\n");
  });

  it('serves a directory with http.server and logs each request on stderr', async () => {
    const { docker, world } = cliWorld(5);
    await docker('docker pull -q python:3.13-slim');
    const fs = world.host().fs;
    fs.mkdir('/work/site', { recursive: true });
    fs.writeFile('/work/site/notes.txt', 'hello\n');
    await docker('docker run -d --name web -p 8000:8000 -v /work/site:/srv -w /srv python:3.13-slim python3 -m http.server 8000');
    await docker('docker run -d --name web2 -p 8001:8000 -e PYTHONUNBUFFERED=1 python:3.13-slim python3 -m http.server');
    await world.clock.hold(world.clock.sleep(100));
    const list = await world.host().request('http://localhost:8000/');
    expect([list.version, list.status, header(list.headers, 'server')]).toEqual(['HTTP/1.0', 200, expect.stringMatching(/^SimpleHTTP\/0\.6 Python\/3\.13\.\d+$/)]);
    expect(bodyText(list)).toContain('<li><a href="notes.txt">notes.txt</a></li>');
    expect(bodyText(await world.host().request('http://localhost:8000/notes.txt'))).toBe('hello\n');
    expect((await world.host().request('http://localhost:8000/nope')).status).toBe(404);
    const logs = await docker('docker logs web');
    expect(logs.stdout).toBe('');
    expect(logs.stderr.split('\n')).toEqual([
      expect.stringMatching(/^172\.17\.0\.1 - - \[01\/Jan\/2025 00:00:0\d\] "GET \/ HTTP\/1\.1" 200 -$/),
      expect.stringMatching(/"GET \/notes\.txt HTTP\/1\.1" 200 -$/),
      expect.stringMatching(/\] code 404, message File not found$/),
      expect.stringMatching(/"GET \/nope HTTP\/1\.1" 404 -$/),
      '',
    ]);
    expect((await docker('docker logs web2')).stdout).toBe('Serving HTTP on :: port 8000 (http://[::]:8000/) ...\n');
  });
});
