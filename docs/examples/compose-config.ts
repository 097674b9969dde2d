import { compose } from 'dockersim';

// The getting-started workshop's compose.yaml, in a project directory named getting-started-app.
const yaml = `services:
  app:
    image: node:18-alpine
    command: sh -c "yarn install && yarn run dev"
    ports:
      - 127.0.0.1:3000:3000
    volumes:
      - ./:/app
  mysql:
    image: mysql:8.0
    volumes:
      - todo-mysql-data:/var/lib/mysql
volumes:
  todo-mysql-data:
`;

const { project } = compose.loadProject({
  workingDir: '/src/getting-started-app',
  files: [{ path: 'compose.yaml', content: yaml }],
});

// What `docker compose config` prints.
console.log(compose.renderConfig(project).trimEnd());

// The names `docker compose up` will use, in the order it creates containers.
for (const service of compose.dependencyOrder(project)) {
  console.log(compose.containerName(project.name, project.services[service]!, 1));
}
