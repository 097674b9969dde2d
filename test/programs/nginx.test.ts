/**
 * nginx and docker/getting-started through the docker CLI: the entrypoint's and nginx's start-up
 * lines, static pages with nginx's headers, the access and error logs, a page and a server block
 * COPY'd in by `docker build`, `nginx -t`, and both shutdowns.
 */
import { describe, expect, it } from 'vitest';
import { bodyText, header } from '../../src/network/http/codec.js';
import type { World } from '../../src/world/world.js';
import { cliWorld } from '../cli/cli-world.js';

const START = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

/** Lets the entrypoint and nginx start (as a learner waits a moment before opening the page). */
const settle = (world: World) => world.clock.hold(world.clock.sleep(200));

const CURL = { headers: { 'User-Agent': 'curl/8.5.0' } };

describe('nginx', () => {
  it('starts as the official image does, serves its pages with nginx headers and logs each request', async () => {
    const { docker, world } = cliWorld(3);
    await docker('docker pull -q nginx');
    expect((await docker('docker run -d --name web -p 8080:80 nginx')).exitCode).toBe(0);
    await settle(world);
    const host = world.host();
    const page = await host.request('http://localhost:8080/', CURL);
    expect([page.status, header(page.headers, 'server'), header(page.headers, 'content-type'), header(page.headers, 'content-length')]).toEqual([200, 'nginx/1.27.4', 'text/html', '615']);
    expect(bodyText(page)).toContain('<h1>Welcome to nginx!</h1>');
    expect(page.headers.map(([n]) => n)).toEqual(['Server', 'Date', 'Content-Type', 'Content-Length', 'Last-Modified', 'Connection', 'ETag', 'Accept-Ranges']);
    expect(header(page.headers, 'etag')).toMatch(/^"[0-9a-f]+-267"$/);
    const missing = await host.request('http://localhost:8080/nope', CURL);
    expect(missing.status).toBe(404);
    expect(bodyText(missing)).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.4</center>\r\n</body>\r\n</html>\r\n');
    expect((await host.request('http://localhost:8080/', { method: 'POST', body: 'x' })).status).toBe(405);
    const logs = await docker('docker logs web');
    const out = logs.stdout.split('\n');
    expect(out.slice(0, START.length)).toEqual(START);
    expect(out.slice(START.length)).toEqual([
      expect.stringMatching(/^172\.17\.0\.1 - - \[01\/Jan\/2025:00:00:0\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" "-"$/),
      expect.stringMatching(/"GET \/nope HTTP\/1\.1" 404 153 "-" "curl\/8\.5\.0" "-"$/),
      expect.stringMatching(/"POST \/ HTTP\/1\.1" 405 157 "-" "dockersim" "-"$/),
      '',
    ]);
    const err = logs.stderr.split('\n').map((l) => l.replace(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d /, ''));
    expect(err.slice(0, 6)).toEqual(['[notice] 1#1: using the "epoll" event method', '[notice] 1#1: nginx/1.27.4', '[notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14)', expect.stringMatching(/^\[notice\] 1#1: OS: Linux /), '[notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576', '[notice] 1#1: start worker processes']);
    expect(err).toContainEqual(expect.stringMatching(/^\[error\] \d+#\d+: \*2 open\(\) "\/usr\/share\/nginx\/html\/nope" failed \(2: No such file or directory\), client: 172\.17\.0\.1, server: localhost, request: "GET \/nope HTTP\/1\.1", host: "localhost:8080"$/));
  });

  it('stops gracefully on docker stop (SIGQUIT) and fast on SIGTERM, exiting 0 with its notices', async () => {
    const { docker, world } = cliWorld(4);
    await docker('docker pull -q nginx:alpine');
    await docker('docker run -d --name graceful nginx:alpine');
    await docker('docker run -d --name fast nginx:alpine');
    await settle(world);
    await docker('docker stop graceful');
    await docker('docker kill -s TERM fast');
    await docker('docker wait fast');
    const tail = async (name: string) => (await docker(`docker logs ${name}`)).stderr.split('\n').filter((l) => /\] 1#1: (signal|exit)/.test(l) || /gracefully/.test(l)).map((l) => l.slice(20));
    expect((await tail('graceful'))[0]).toBe('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down');
    expect(await tail('graceful')).toContainEqual(expect.stringMatching(/gracefully shutting down$/));
    expect((await tail('fast'))[0]).toBe('[notice] 1#1: signal 15 (SIGTERM) received, exiting');
    expect(await tail('fast')).not.toContainEqual(expect.stringMatching(/gracefully/));
    expect((await tail('fast')).at(-1)).toBe('[notice] 1#1: exit');
    expect((await docker('docker ps -a --format "{{.Names}} {{.Status}}"')).stdout).toMatch(/^fast Exited \(0\) .*\ngraceful Exited \(0\) /);
    expect((await docker('docker logs graceful')).stderr).toContain('built by gcc 14.2.0 (Alpine 14.2.0)');
  });

  it('serves a page and a server block COPY\'d in by docker build; nginx -t checks the configuration', async () => {
    const { docker, world } = cliWorld(5);
    const fs = world.host().fs;
    fs.writeFile('/work/Dockerfile', 'FROM nginx:alpine\nCOPY site.conf /etc/nginx/conf.d/default.conf\nCOPY index.html /srv/www/\n');
    fs.writeFile('/work/site.conf', 'server {\n    listen 8000;\n    root /srv/www;\n    location /old { return 301 /; }\n}\n');
    fs.writeFile('/work/index.html', '<h1>My site</h1>\n');
    expect((await docker('docker build -q -t mysite .')).exitCode).toBe(0);
    await docker('docker run -d --name site -p 9000:8000 mysite');
    await settle(world);
    const page = await world.host().request('http://localhost:9000/');
    expect([page.status, bodyText(page)]).toEqual([200, '<h1>My site</h1>\n']);
    const moved = await world.host().request('http://localhost:9000/old');
    expect([moved.status, header(moved.headers, 'location')]).toEqual([301, '/']);
    expect(await docker('docker exec site nginx -t')).toEqual({ stdout: '', stderr: 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n', exitCode: 0 });
    await docker('docker exec site sh -c "echo \'server { listen 80; }}\' > /etc/nginx/conf.d/default.conf"');
    expect(await docker('docker exec site nginx -t')).toEqual({ stdout: '', stderr: 'nginx: [emerg] unexpected "}" in /etc/nginx/conf.d/default.conf:1\nnginx: configuration file /etc/nginx/nginx.conf test failed\n', exitCode: 1 });
    expect((await docker('docker exec site nginx -v')).stderr).toBe('nginx version: nginx/1.27.4\n');
  });

  it('redirects a directory to its slash with the port nginx listens on, and forbids one without index', async () => {
    const { docker, world } = cliWorld(6);
    await docker('docker pull -q nginx');
    await docker('docker run -d --name web -p 8080:80 nginx');
    await settle(world);
    await docker('docker exec web mkdir -p /usr/share/nginx/html/docs');
    const moved = await world.host().request('http://localhost:8080/docs');
    expect([moved.status, header(moved.headers, 'location')]).toEqual([301, 'http://localhost/docs/']);
    expect((await world.host().request('http://localhost:8080/docs/')).status).toBe(403);
    expect((await docker('docker logs web')).stderr).toMatch(/\[error\] \d+#\d+: \*2 directory index of "\/usr\/share\/nginx\/html\/docs\/" is forbidden, client: 172\.17\.0\.1/);
  });
  it('re-reads a bind-mounted configuration on nginx -s reload, with new workers replacing the old', async () => {
    const { docker, world } = cliWorld(12);
    const fs = world.host().fs;
    fs.mkdir('/work/conf', { recursive: true });
    fs.mkdir('/work/v1', { recursive: true });
    fs.mkdir('/work/v2', { recursive: true });
    fs.writeFile('/work/v1/index.html', 'one\n');
    fs.writeFile('/work/v2/index.html', 'two\n');
    fs.writeFile('/work/conf/default.conf', 'server { listen 80; root /srv/v1; }\n');
    await docker('docker pull -q nginx');
    await docker('docker run -d --name web -p 8080:80 -v /work/conf:/etc/nginx/conf.d -v /work/v1:/srv/v1 -v /work/v2:/srv/v2 nginx');
    await settle(world);
    expect(bodyText(await world.host().request('http://localhost:8080/'))).toBe('one\n');
    fs.writeFile('/work/conf/default.conf', 'server { listen 80; root /srv/v2; }\n');
    expect(bodyText(await world.host().request('http://localhost:8080/'))).toBe('one\n');
    expect(await docker('docker exec web nginx -s reload')).toMatchObject({ stdout: '', exitCode: 0, stderr: expect.stringMatching(/\[notice\] \d+#\d+: signal process started\n$/) });
    await settle(world);
    expect(bodyText(await world.host().request('http://localhost:8080/'))).toBe('two\n');
    const notices = (await docker('docker logs web')).stderr.split('\n').map((l) => l.slice(20)).filter((l) => l.includes('1#1'));
    expect(notices.slice(8, 12)).toEqual(['[notice] 1#1: signal 1 (SIGHUP) received, reconfiguring', '[notice] 1#1: reconfiguring', '[notice] 1#1: using the "epoll" event method', '[notice] 1#1: start worker processes']);
    expect(notices.filter((l) => /worker process \d+ exited with code 0/.test(l))).toHaveLength(2);
  });
  it('proxies to an app container by name, answers 502 when it is gone, and refuses an unknown upstream', async () => {
    const { docker, world } = cliWorld(13);
    const fs = world.host().fs;
    fs.mkdir('/work/proxy', { recursive: true });
    fs.mkdir('/work/bad', { recursive: true });
    fs.mkdir('/work/app', { recursive: true });
    fs.writeFile('/work/app/hello.txt', 'from the app\n');
    fs.writeFile('/work/proxy/default.conf', 'server {\n    listen 80;\n    location /api/ {\n        proxy_pass http://app:8000/;\n    }\n}\n');
    fs.writeFile('/work/bad/default.conf', 'server {\n    listen 80;\n    location / { proxy_pass http://nope:8000; }\n}\n');
    await docker('docker pull -q nginx');
    await docker('docker pull -q python:3.13-slim');
    await docker('docker network create web');
    await docker('docker run -d --network web --name app -v /work/app:/srv -w /srv python:3.13-slim python3 -m http.server 8000');
    await docker('docker run -d --network web --name proxy -p 8080:80 -v /work/proxy:/etc/nginx/conf.d nginx');
    await settle(world);
    const page = await world.host().request('http://localhost:8080/api/hello.txt');
    expect([page.status, header(page.headers, 'server'), bodyText(page)]).toEqual([200, 'nginx/1.27.4', 'from the app\n']);
    expect((await docker('docker logs app')).stderr).toMatch(/^172\.18\.0\.3 - - \[.*\] "GET \/hello\.txt HTTP\/1\.0" 200 -\n$/);
    await docker('docker stop app');
    expect((await world.host().request('http://localhost:8080/api/hello.txt')).status).toBe(502);
    expect((await docker('docker logs proxy')).stderr).toMatch(/\[error\] \d+#\d+: \*2 connect\(\) failed \(113: No route to host\) while connecting to upstream, client: 172\.18\.0\.1, server: , request: "GET \/api\/hello\.txt HTTP\/1\.1", upstream: "http:\/\/172\.18\.0\.2:8000\/hello\.txt", host: "localhost:8080"\n/);
    await docker('docker run -d --network web --name bad -v /work/bad:/etc/nginx/conf.d nginx');
    await settle(world);
    const bad = await docker('docker logs bad');
    expect(bad.stderr).toMatch(/\[emerg\] 1#1: host not found in upstream "nope" in \/etc\/nginx\/conf\.d\/default\.conf:3\nnginx: \[emerg\] host not found in upstream "nope" in \/etc\/nginx\/conf\.d\/default\.conf:3\n$/);
    expect((await docker('docker inspect -f "{{.State.ExitCode}}" bad')).stdout).toBe('1\n');
  });
});

describe('docker/getting-started', () => {
  it('serves the tutorial on port 80', async () => {
    const { docker, world } = cliWorld(7);
    expect((await docker('docker run -d -p 80:80 docker/getting-started')).exitCode).toBe(0);
    await settle(world);
    const home = await world.host().request('http://localhost/');
    expect(home.status).toBe(200);
    expect(bodyText(home)).toContain('docker run -d -p 80:80 docker/getting-started');
    expect(bodyText(await world.host().request('http://localhost/tutorial/our-application/'))).toContain('<h1 id="our-application">Our Application</h1>');
    expect((await world.host().request('http://localhost/assets/stylesheets/main.css')).headers).toContainEqual(['Content-Type', 'text/css']);
  });
});
