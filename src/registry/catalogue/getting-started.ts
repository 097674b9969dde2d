/**
 * @module
 * `docker/getting-started`: the classic tutorial — nginx on Alpine serving the workshop's pages
 * from `/usr/share/nginx/html` on port 80 (`docker run -d -p 80:80 docker/getting-started`).
 */
import type { TreeSpec } from '../../fs/tree.js';
import { NGINX_ALPINE_2022 } from './nginx.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage } from './spec.js';

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en" class="no-js">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="description" content="Getting Started with Docker">
    <title>${title} - Getting Started</title>
    <link rel="stylesheet" href="/assets/stylesheets/main.css">
  </head>
  <body dir="ltr">
    <div class="md-container">
      <main class="md-main">
        <article class="md-content__inner md-typeset">
${body}
        </article>
      </main>
    </div>
  </body>
</html>
`;
}

const SITE: TreeSpec = {
  'usr/share/nginx/html/index.html': page(
    'Getting Started',
    `          <h1 id="getting-started">Getting Started</h1>
          <h2 id="the-command-you-just-ran">The command you just ran</h2>
          <p>Congratulations! You have started the container for this tutorial!
          Let's first explain the command that you just ran. In case you forgot,
          here's the command:</p>
          <pre><code>docker run -d -p 80:80 docker/getting-started</code></pre>
          <ul>
            <li><code>-d</code> - run the container in detached mode (in the background)</li>
            <li><code>-p 80:80</code> - map port 80 of the host to port 80 in the container</li>
            <li><code>docker/getting-started</code> - the image to use</li>
          </ul>
          <h2 id="what-is-a-container">What is a container?</h2>
          <p>Now that you've run a container, what <em>is</em> a container? Simply put, a container is
          simply another process on your machine that has been isolated from all other processes
          on the host machine.</p>`,
  ),
  'usr/share/nginx/html/tutorial/index.html': page('Tutorial', '          <h1>Tutorial</h1>\n          <p>Start with <a href="our-application/">Our Application</a>.</p>'),
  'usr/share/nginx/html/tutorial/our-application/index.html': page(
    'Our Application',
    '          <h1 id="our-application">Our Application</h1>\n          <p>For the rest of this tutorial, we will be working with a simple todo list manager that is running in Node.js.</p>\n          <pre><code>FROM node:18-alpine\nWORKDIR /app\nCOPY . .\nRUN yarn install --production\nCMD ["node", "src/index.js"]</code></pre>',
  ),
  'usr/share/nginx/html/tutorial/updating-our-app/index.html': page('Updating our App', '          <h1>Updating our App</h1>'),
  'usr/share/nginx/html/tutorial/sharing-our-app/index.html': page('Sharing our App', '          <h1>Sharing our App</h1>'),
  'usr/share/nginx/html/tutorial/persisting-our-data/index.html': page('Persisting our DB', '          <h1>Persisting our DB</h1>'),
  'usr/share/nginx/html/tutorial/using-bind-mounts/index.html': page('Using Bind Mounts', '          <h1>Using Bind Mounts</h1>'),
  'usr/share/nginx/html/tutorial/multi-container-apps/index.html': page('Multi-Container Apps', '          <h1>Multi-Container Apps</h1>'),
  'usr/share/nginx/html/tutorial/using-docker-compose/index.html': page('Using Docker Compose', '          <h1>Using Docker Compose</h1>'),
  'usr/share/nginx/html/tutorial/image-building-best-practices/index.html': page('Image Building Best Practices', '          <h1>Image Building Best Practices</h1>'),
  'usr/share/nginx/html/assets/app.zip': 'PK (dockersim: the todo app sources)\n',
  'usr/share/nginx/html/assets/stylesheets/main.css': 'body{font-family:Roboto,sans-serif}\n',
  'usr/share/nginx/html/404.html': page('404', '          <h1>404 - Not found</h1>'),
};

/** docker/getting-started:latest. */
export const GETTING_STARTED: readonly CatalogueImage[] = [
  {
    repository: 'docker/getting-started',
    tags: ['latest'],
    created: '2023-05-04T01:34:12Z',
    base: NGINX_ALPINE_2022,
    steps: [{ createdBy: 'COPY /app/site /usr/share/nginx/html # buildkit', files: SITE, size: 5_913_600, blobSize: 1_915_442, comment: BUILDKIT }],
    config: {
      ExposedPorts: { '80/tcp': {} },
      Env: [DEFAULT_PATH, 'NGINX_VERSION=1.23.4', 'PKG_RELEASE=1'],
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
      StopSignal: 'SIGQUIT',
    },
    platforms: ['amd64'],
  },
];
