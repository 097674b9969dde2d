/**
 * @module
 * The getting-started workshop's todo app (docker/getting-started-app), as files for the simulated
 * host's disk: the learner's working directory. They are bundled from the suite's copy of the app
 * (test/fixtures/getting-started-app and the workshop's compose.yaml), so the playground and the
 * tests run one copy. The Dockerfile and compose.yaml the workshop has learners write are already
 * there, since the playground has no editor.
 */
/// <reference path="../glob.d.ts" />

/** Where the app lives on the simulated host (the terminal starts here). */
export const APP_DIR = '/root/getting-started-app';

const APP = '../../../test/fixtures/getting-started-app/';
const COMPOSE = '../../../test/fixtures/workshop/compose.yaml';

// Literal patterns: the bundler reads them at build time. `.dockerignore` is named, as globs skip dotfiles.
const bundled = import.meta.glob(['../../../test/fixtures/getting-started-app/**/*', '../../../test/fixtures/getting-started-app/.dockerignore', '../../../test/fixtures/workshop/compose.yaml'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The app's files, relative to {@link APP_DIR}. */
export const APP_FILES: { readonly [path: string]: string } = Object.fromEntries(
  Object.entries(bundled).map(([path, text]) => [path === COMPOSE ? 'compose.yaml' : path.slice(APP.length), text]),
);

/** The workshop's Dockerfile (fact sheet §9 step 1, docs version). */
export const DOCKERFILE: string = APP_FILES['Dockerfile'] ?? '';

/** The workshop's compose.yaml (fact sheet §9 step 7). */
export const COMPOSE_YAML: string = APP_FILES['compose.yaml'] ?? '';
