/**
 * The whole getting-started workshop (fact sheet §9, steps 1–8) typed into one `dockersim` shell
 * session, with the real programs in the containers — the todo app under node, yarn, nodemon,
 * mysql:8.0, netshoot's dig, Compose — checking the lines a learner sees at each step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/world/world.js';
import { cloneOnHost } from '../workshop/fixture.js';
import { ShellDriver } from './shell-driver.js';

const APP = '/root/getting-started-app';
const PROMPT = 'root@dockersim:~/getting-started-app# ';
const COMPOSE_YAML = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'workshop', 'compose.yaml'), 'utf8');
const post = (name: string) => `curl -s -X POST -H 'Content-Type: application/json' -d '{"name":"${name}"}' localhost:3000/items; echo`;
const names = (json: string) => (JSON.parse(json) as { name: string }[]).map((i) => i.name);
/** The output without its closing prompt. */
const body = (out: string) => {
  expect(out.endsWith(PROMPT)).toBe(true);
  return out.slice(0, -PROMPT.length);
};

describe('the getting-started workshop through the dockersim shell', () => {
  it('steps 1–8 in one session', async () => {
    const world = createWorld({ seed: 9 });
    world.registry().addUser('learner', 'secret');
    cloneOnHost(world, APP);
    const shell = new ShellDriver(world, { cwd: APP });
    expect(await shell.read()).toBe(PROMPT);
    const type = async (line: string) => body(await shell.type(line));

    // Step 1: containerize.
    const build = await type('docker build -t getting-started .');
    expect(build).toContain('Step 1/6 : FROM node:18-alpine\n18-alpine: Pulling from library/node\n');
    expect(build).toContain('Step 4/6 : RUN yarn install --production\n');
    expect(build).toContain('[1/4] Resolving packages...\n');
    expect(build).toMatch(/Successfully built [0-9a-f]{12}\nSuccessfully tagged getting-started:latest\n$/);
    const first = (await type('docker run -dp 127.0.0.1:3000:3000 getting-started')).trim();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await type('docker ps --format "{{.Image}} {{.Command}} {{.Status}} {{.Ports}}"')).toBe('getting-started "docker-entrypoint.s…" Up Less than a second 127.0.0.1:3000->3000/tcp\n');
    expect(await type('sleep 2; curl -s localhost:3000/items; echo')).toBe('[]\n');
    expect(names(`[${(await type(post('Learn Docker'))).trim()}]`)).toEqual(['Learn Docker']);

    // Step 2: update — the edit, the rebuild, the port still held by the old container.
    await type("sed -i 's/No items yet! Add one above!/You have no todo items yet! Add one above!/' src/static/js/app.js");
    expect(await type('docker build -q -t getting-started . 2>/dev/null')).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    const conflict = await type('docker run -dp 127.0.0.1:3000:3000 getting-started');
    expect(conflict).toMatch(
      /^[0-9a-f]{64}\ndocker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint [a-z]+_[a-z]+ \([0-9a-f]{64}\): Bind for 127\.0\.0\.1:3000 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    );
    expect(await type('echo $?')).toBe('125\n');
    expect(await type(`docker rm -f ${first.slice(0, 12)}`)).toBe(`${first.slice(0, 12)}\n`);
    await type('docker container prune -f > /dev/null');
    await type('docker run -dp 127.0.0.1:3000:3000 getting-started');
    expect(await type('sleep 2; curl -s localhost:3000/items; echo')).toBe('[]\n');
    expect(await type('curl -s localhost:3000/js/app.js | grep "no todo items"')).toContain('You have no todo items yet! Add one above!');

    // Step 3: share on the (simulated) Docker Hub.
    expect(await type('docker push learner/getting-started')).toContain('An image does not exist locally with the tag: learner/getting-started\n');
    expect(await shell.type('docker login -u learner', /Password: $/)).toMatch(/Password: $/);
    expect(body(await shell.type('secret'))).toMatch(/Login Succeeded\n$/);
    await type('docker tag getting-started learner/getting-started');
    expect(await type('docker push learner/getting-started | cat')).toMatch(/: Mounted from library\/node\n[\s\S]*latest: digest: sha256:[0-9a-f]{64} size: \d+\n$/);

    // Step 4: persist the database in a volume.
    await type('docker rm -f $(docker ps -q) > /dev/null');
    expect(await type('docker volume create todo-db')).toBe('todo-db\n');
    const withVolume = 'docker run -dp 127.0.0.1:3000:3000 --mount type=volume,src=todo-db,target=/etc/todos getting-started';
    await type(withVolume);
    await type('sleep 2');
    expect(names(`[${(await type(post('Persist me'))).trim()}]`)).toEqual(['Persist me']);
    await type('docker rm -f $(docker ps -q) > /dev/null');
    await type(withVolume);
    expect(names(await type('sleep 2; curl -s localhost:3000/items'))).toEqual(['Persist me']);

    // Step 5: bind mounts and nodemon.
    await type('docker rm -f $(docker ps -q) > /dev/null');
    await type('docker run -dp 127.0.0.1:3000:3000 -w /app --mount type=bind,src="$(pwd)",target=/app node:18-alpine sh -c "yarn install && yarn run dev"');
    expect(await type('sleep 20; docker logs $(docker ps -lq) | tail -8')).toBe(
      '$ nodemon -L src/index.js\n[nodemon] 2.0.20\n[nodemon] to restart at any time, enter `rs`\n[nodemon] watching path(s): *.*\n[nodemon] watching extensions: js,mjs,json\n[nodemon] starting `node src/index.js`\nUsing sqlite database at /etc/todos/todo.db\nListening on port 3000\n',
    );
    await type(`sed -i "s/'Add Item'/'Add'/" src/static/js/app.js`);
    expect(await type('sleep 3; docker logs --tail 4 $(docker ps -lq)')).toBe('[nodemon] restarting due to changes...\n[nodemon] starting `node src/index.js`\nUsing sqlite database at /etc/todos/todo.db\nListening on port 3000\n');
    expect(await type('curl -s localhost:3000/js/app.js | grep Adding')).toBe("    return submitting ? 'Adding...' : 'Add';\n");
    await type('docker rm -f $(docker ps -q) > /dev/null');

    // Step 6: the app and MySQL on one network.
    await type('docker network create todo-app');
    const mysql = (await type('docker run -d --network todo-app --network-alias mysql -v todo-mysql-data:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=secret -e MYSQL_DATABASE=todos mysql:8.0 2>/dev/null')).trim().slice(0, 12);
    await type('sleep 20');
    expect(await shell.type(`docker exec -it ${mysql} mysql -u root -p`, /Enter password: $/)).toBe('Enter password: ');
    expect(await shell.type('secret', /mysql> $/)).toContain('Welcome to the MySQL monitor.');
    expect(await shell.type('SHOW DATABASES;', /mysql> $/)).toContain(
      '| Database           |\r\n+--------------------+\r\n| information_schema |\r\n| mysql              |\r\n| performance_schema |\r\n| sys                |\r\n| todos              |\r\n+--------------------+\r\n5 rows in set',
    );
    expect(await shell.type('exit')).toBe(`Bye\r\n${PROMPT}`);
    expect(await type('docker run --rm --network todo-app nicolaka/netshoot dig mysql 2>/dev/null | grep "^mysql"')).toMatch(/^mysql\.\s+600\s+IN\s+A\s+172\.18\.0\.2\n$/);
    await type('docker run -dp 127.0.0.1:3000:3000 -w /app -v "$(pwd):/app" --network todo-app -e MYSQL_HOST=mysql -e MYSQL_USER=root -e MYSQL_PASSWORD=secret -e MYSQL_DB=todos node:18-alpine sh -c "yarn install && yarn run dev"');
    expect(await type('sleep 20; docker logs --tail 2 $(docker ps -lq)')).toBe('Connected to mysql db at host mysql\nListening on port 3000\n');
    await type(post('Into MySQL'));
    expect(await type(`docker exec ${mysql} mysql -psecret todos -e 'select name, completed from todo_items'`)).toBe(
      'mysql: [Warning] Using a password on the command line interface can be insecure.\nname\tcompleted\nInto MySQL\t0\n',
    );

    // Step 7: Compose.
    await type('docker rm -f $(docker ps -aq) > /dev/null');
    await shell.type(`cat > compose.yaml <<'EOF'\n${COMPOSE_YAML}EOF`);
    const up = await type('docker compose up -d 2>&1 | grep " Network\\| Volume\\| Container"');
    expect(up).toContain(' Network getting-started-app_default  Created\n');
    expect(up).toContain(' Volume "getting-started-app_todo-mysql-data"  Created\n');
    expect(up).toContain(' Container getting-started-app-app-1  Started\n');
    expect(up).toContain(' Container getting-started-app-mysql-1  Started\n');
    expect(await type('sleep 20; docker compose logs app | tail -2')).toBe('app-1  | Connected to mysql db at host mysql\napp-1  | Listening on port 3000\n');
    const down = await type('docker compose down 2>&1 | cat');
    expect(down).toContain(' Container getting-started-app-app-1  Removed\n');
    expect(down).toContain(' Network getting-started-app_default  Removed\n');
    expect(await type('docker volume ls -q | grep todo-mysql-data')).toBe('getting-started-app_todo-mysql-data\ntodo-mysql-data\n');

    // Step 8: the layers, and a Dockerfile that keeps the dependencies cached.
    expect(await type('docker image history getting-started')).toMatch(/^IMAGE {10}CREATED {7,}CREATED BY {5,}SIZE {6}COMMENT\n[0-9a-f]{12} .*EXPOSE 3000/);
    await type('cp Dockerfile.cache-friendly Dockerfile && docker build -q -t getting-started . 2>/dev/null');
    await type(`sed -i 's#<title>.*</title>#<title>The Awesome Todo App</title>#' src/static/index.html`);
    const rebuild = await type('docker build -t getting-started . 2>/dev/null | grep "Step\\|cache"');
    expect(rebuild).toBe(
      'Step 1/6 : FROM node:lts-alpine\nStep 2/6 : WORKDIR /app\n ---> Using cache\nStep 3/6 : COPY package.json yarn.lock ./\n ---> Using cache\nStep 4/6 : RUN yarn install --production\n ---> Using cache\nStep 5/6 : COPY . .\nStep 6/6 : CMD ["node", "src/index.js"]\n',
    );
    world.dispose();
  }, 60_000);
});
