import { classicBuildOutput, filterContext, indexSources, parseDockerfile, parseStages, planClassicBuild, readDockerignore, renderLegacyStream, resolveCopySources, stepText, trimBuildFilesFromExcludes } from 'dockersim';

// The workshop's cache-friendly Dockerfile, parsed and planned as the classic builder would.
const dockerfile = parseStages(
  parseDockerfile(`FROM node:18-alpine
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --production
COPY . .
CMD ["node", "src/index.js"]
`),
);
const plan = planClassicBuild(dockerfile);
console.log(renderLegacyStream(plan.steps.map((s) => classicBuildOutput.step(s.number, plan.total, stepText(plan, s)))).trimEnd());

// The context the CLI sends: .dockerignore'd node_modules never reaches the daemon.
const listing = ['Dockerfile', '.dockerignore', 'package.json', 'yarn.lock', 'src/index.js', 'node_modules/x/index.js'].map((path) => ({ path, kind: 'file' as const }));
const sent = filterContext(listing, trimBuildFilesFromExcludes(readDockerignore('node_modules\n'), 'Dockerfile'));
console.log(sent.map((e) => e.path).join(' '));

// COPY sources resolve against it, with Docker's errors.
const context = indexSources(sent);
console.log(resolveCopySources(context, ['package.json', 'yarn.lock'], './', { instruction: 'COPY' }).sources.map((s) => s.path).join(' '));
try {
  resolveCopySources(context, ['node_modules'], '.', { instruction: 'COPY' });
} catch (e) {
  console.log((e as Error).message);
}
