/**
 * @module
 * The getting-started workshop (fact sheet §9; docs.docker.com/get-started/workshop) as data:
 * each step's explanation, the commands it has learners type — with placeholders such as
 * `<the-container-id>` filled from the scene — and the state that shows the step is done, read
 * from the scene and the Docker events since the step began.
 */
import type { ContainerNode, HostEvent, Scene } from 'dockersim';
import { HUB_USER } from '../session.js';
import { APP_DIR } from './app-files.js';

/** What a step's check sees. */
export interface StepContext {
  readonly scene: Scene;
  /** Docker events since the step began, oldest first. */
  readonly events: readonly HostEvent[];
}

/** One step of the workshop. */
export interface WorkshopStep {
  readonly id: string;
  readonly title: string;
  /** What the step teaches, in a few sentences (plain text; blank lines separate paragraphs). */
  readonly text: string;
  /** The commands to type, in order; `<the-container-id>` and `<mysql-container-id>` are filled from the scene. */
  readonly commands: readonly string[];
  /** True once the world shows the step done; absent for steps with nothing to check. */
  readonly done?: (context: StepContext) => boolean;
}

const containers = (scene: Scene) => scene.nodes.filter((n): n is ContainerNode => n.kind === 'container');
const running = (scene: Scene) => containers(scene).filter((c) => c.status === 'running');
/** The app container: the newest running one publishing port 3000. */
const appContainer = (scene: Scene) => running(scene).filter((c) => c.ports.some((p) => p.hostPort === 3000)).pop();
const mysqlContainer = (scene: Scene) => running(scene).filter((c) => c.image.startsWith('mysql')).pop();
const happened = (events: readonly HostEvent[], action: string, test: (attributes: { readonly [k: string]: string }) => boolean) =>
  events.some((e) => e.event.Type === 'container' && e.event.Action === action && test(e.event.Actor.Attributes));

const APP_RUN = 'docker run -dp 127.0.0.1:3000:3000 getting-started';
const PERSISTENT_RUN = 'docker run -dp 127.0.0.1:3000:3000 --mount type=volume,src=todo-db,target=/etc/todos getting-started';
const DEV_ENV = '-e MYSQL_HOST=mysql -e MYSQL_USER=root -e MYSQL_PASSWORD=secret -e MYSQL_DB=todos';

/** The workshop, in order. */
export const WORKSHOP: readonly WorkshopStep[] = [
  {
    id: 'hello',
    title: 'Run your first container',
    text: 'docker run finds the image locally or pulls it from Docker Hub, creates a container from it and starts it. Watch the picture: the image arrives with its layer, then a container appears.',
    commands: ['docker run hello-world', 'docker ps -a'],
    done: ({ scene }) => containers(scene).some((c) => c.image === 'hello-world'),
  },
  {
    id: 'build',
    title: 'Containerize an application',
    text: `The todo app's source is in ${APP_DIR} (the terminal starts there). Its Dockerfile starts FROM node:18-alpine, copies the app in and installs its dependencies. docker build pulls the base image, then adds one layer per step that changes files: watch them stack up in the picture.`,
    commands: ['cat Dockerfile', 'docker build -t getting-started .'],
    done: ({ scene }) => scene.nodes.some((n) => n.kind === 'image' && n.tags.includes('getting-started:latest')),
  },
  {
    id: 'run',
    title: 'Start an app container',
    text: '-d runs the container in the background; -p 127.0.0.1:3000:3000 publishes its port 3000 on the host, where a browser (here: open, or curl) reaches the app. docker ps lists it with the port.',
    commands: [APP_RUN, 'docker ps', `curl -d 'Buy milk' http://localhost:3000/items`, 'open http://localhost:3000/items'],
    done: ({ scene }) => appContainer(scene)?.image === 'getting-started',
  },
  {
    id: 'update',
    title: 'Update the application',
    text: 'Change the app\'s text and rebuild: the steps before COPY come from the cache. Starting a new container fails, because the old one still holds port 3000. Remove the old container and start again: the item you added is gone with the old container\'s writable layer.',
    commands: [
      "sed -i 's/No items yet! Add one above!/You have no todo items yet! Add one above!/' src/static/js/app.js",
      'docker build -t getting-started .',
      APP_RUN,
      'docker ps',
      'docker rm -f <the-container-id>',
      APP_RUN,
      'open http://localhost:3000/items',
    ],
    done: ({ scene, events }) => happened(events, 'destroy', (a) => a['image'] === 'getting-started') && appContainer(scene)?.image === 'getting-started',
  },
  {
    id: 'share',
    title: 'Share the application',
    text: `Log in to Docker Hub as ${HUB_USER.username} (password: ${HUB_USER.password}), tag the image in your namespace and push it: the repository appears beside the registry, and the layers Docker Hub already has are mounted, not uploaded.`,
    commands: [`docker login -u ${HUB_USER.username}`, `docker tag getting-started ${HUB_USER.username}/getting-started`, `docker push ${HUB_USER.username}/getting-started`],
    done: ({ scene }) => scene.nodes.some((n) => n.kind === 'repository' && n.registry === 'docker.io' && n.name === `${HUB_USER.username}/getting-started` && n.tags.includes('latest')),
  },
  {
    id: 'persist',
    title: 'Persist the DB',
    text: 'Each container has its own writable layer, lost when it is removed. A volume outlives containers: mount one at /etc/todos, where the app keeps its SQLite file, and the item survives a new container.',
    commands: [
      'docker volume create todo-db',
      'docker rm -f <the-container-id>',
      PERSISTENT_RUN,
      `curl -d 'Buy milk' http://localhost:3000/items`,
      'docker rm -f <the-container-id>',
      PERSISTENT_RUN,
      'open http://localhost:3000/items',
      'docker volume inspect todo-db',
    ],
    done: ({ scene }) => {
      const app = appContainer(scene);
      return app !== undefined && scene.edges.some((e) => e.kind === 'mount' && e.from === app.id && e.to.endsWith('/volume/todo-db') && e.active);
    },
  },
  {
    id: 'bind',
    title: 'Use bind mounts',
    text: 'A bind mount shows a host directory inside the container: run the app from its source with a development server that sees every edit.',
    commands: ['docker rm -f <the-container-id>', 'docker run -dp 127.0.0.1:3000:3000 -w /app --mount type=bind,src="$(pwd)",target=/app node:18-alpine sh -c "yarn install && yarn run dev"', 'docker logs <the-container-id>'],
    done: ({ scene }) => appContainer(scene)?.binds.some((b) => b.destination === '/app') ?? false,
  },
  {
    id: 'multi',
    title: 'Multi-container apps',
    text: 'Put MySQL and the app on one user-defined network: its embedded DNS lets the app reach the database by the alias "mysql". Watch both containers join the network with their addresses.',
    commands: [
      'docker rm -f <the-container-id>',
      'docker network create todo-app',
      'docker run -d --network todo-app --network-alias mysql -v todo-mysql-data:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=secret -e MYSQL_DATABASE=todos mysql:8.0',
      `docker run -dp 127.0.0.1:3000:3000 -w /app -v "$(pwd):/app" --network todo-app ${DEV_ENV} node:18-alpine sh -c "yarn install && yarn run dev"`,
      'docker logs <the-container-id>',
    ],
    done: ({ scene }) => {
      const net = scene.nodes.find((n) => n.kind === 'network' && n.name === 'todo-app');
      return net !== undefined && scene.edges.filter((e) => e.kind === 'endpoint' && e.to === net.id && e.active).length >= 2;
    },
  },
  {
    id: 'compose',
    title: 'Use Docker Compose',
    text: 'compose.yaml describes both services, the network and the volume. docker compose up creates them all, named after the project (the directory): getting-started-app.',
    commands: ['docker rm -f <the-container-id> <mysql-container-id>', 'docker compose up -d', 'docker compose ps', 'docker compose logs', 'docker compose down'],
    done: ({ events }) => happened(events, 'start', (a) => a['name'] === 'getting-started-app-app-1'),
  },
  {
    id: 'history',
    title: 'Image-building best practices',
    text: 'docker image history shows the layers of an image and the instruction that made each one. Order instructions so that the ones that change least come first: the cache keeps everything before the first change.',
    commands: ['docker image history getting-started', 'docker image history --no-trunc getting-started'],
  },
];

/** `command` with its placeholders filled from `scene` (left as they are when nothing fits). */
export function fillCommand(command: string, scene: Scene): string {
  return command
    .replace('<the-container-id>', (p) => appContainer(scene)?.containerId.slice(0, 12) ?? p)
    .replace('<mysql-container-id>', (p) => mysqlContainer(scene)?.containerId.slice(0, 12) ?? p);
}
