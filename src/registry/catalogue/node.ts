/**
 * @module
 * `node`: the LTS lines on Alpine 3.21 (`22-alpine` = `lts-alpine` = `alpine`, `20-alpine`,
 * `18-alpine`) and on Debian bookworm (`22` = `lts` = `latest`, `18`). Programs `node`, `npm`,
 * `npx`, `yarn`, and the official `docker-entrypoint.sh` (program `docker-entrypoint-node`),
 * with the real configuration and history and Docker Hub's sizes.
 */
import type { TreeSpec } from '../../fs/tree.js';
import { ALPINE_3_21 } from './alpine.js';
import { alpineAccounts } from './alpine-root.js';
import { DEBIAN_BOOKWORM } from './debian.js';
import { debianAccounts } from './debian-root.js';
import { dir, exe, link, merge, programFiles, script } from './files.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage, type CatalogueStep } from './spec.js';

const YARN = '1.22.22';

function nodeFiles(version: string, alpine: boolean): TreeSpec {
  const npm = '/usr/local/lib/node_modules/npm';
  return merge(
    // The bookworm images add the user in an earlier step.
    alpine ? alpineAccounts('node:x:1000:1000::/home/node:/bin/sh\n', 'node:x:1000:node\n') : {},
    {
      'home/node': dir(0o755, 1000),
      'usr/local/bin/node': exe('node'),
      'usr/local/bin/nodejs': link('node'),
      'usr/local/bin/npm': link('../lib/node_modules/npm/bin/npm-cli.js'),
      'usr/local/bin/npx': link('../lib/node_modules/npm/bin/npx-cli.js'),
      'usr/local/bin/corepack': link('../lib/node_modules/corepack/dist/corepack.js'),
      [`${npm}/bin/npm-cli.js`]: exe('npm'),
      [`${npm}/bin/npx-cli.js`]: exe('npx'),
      [`${npm}/package.json`]: `{\n  "version": "${version.startsWith('18') ? '10.8.2' : version.startsWith('20') ? '10.8.2' : '10.9.2'}",\n  "name": "npm",\n  "description": "a package manager for JavaScript"\n}\n`,
      'usr/local/lib/node_modules/corepack/dist/corepack.js': script('#!/usr/bin/env node\nprocess.env.COREPACK_ENABLE_DOWNLOAD_PROMPT ??= \'0\';\nrequire(\'./lib/corepack.cjs\').runMain(process.argv.slice(2));\n'),
      'usr/local/include/node/node.h': `// Node.js ${version} headers\n`,
      'usr/local/share/doc/node/gdbinit': '# dockersim\n',
    },
  );
}

function yarnFiles(): TreeSpec {
  return merge(
    { [`opt/yarn-v${YARN}/bin/yarn`]: exe('yarn'), [`opt/yarn-v${YARN}/bin/yarn.js`]: script(`#!/usr/bin/env node\nrequire('../lib/cli').default();\n`), [`opt/yarn-v${YARN}/package.json`]: `{\n  "name": "yarn",\n  "version": "${YARN}"\n}\n` },
    { 'usr/local/bin/yarn': link(`/opt/yarn-v${YARN}/bin/yarn`), 'usr/local/bin/yarnpkg': link(`/opt/yarn-v${YARN}/bin/yarnpkg`) },
    programFiles(`opt/yarn-v${YARN}/bin`, ['yarnpkg'], 'yarn'),
  );
}

const ENTRYPOINT_FILES: TreeSpec = { 'usr/local/bin/docker-entrypoint.sh': exe('docker-entrypoint-node') };

interface NodeLine {
  readonly version: string;
  readonly tags: readonly string[];
  readonly created: string;
  /** Node install layer [size, blob size]; yarn layer; total known from Docker Hub. */
  readonly node: readonly [number, number];
  readonly yarn: readonly [number, number];
}

function nodeSteps(line: NodeLine, alpine: boolean): CatalogueStep[] {
  const install = alpine
    ? `RUN /bin/sh -c addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node     && apk add --no-cache         libstdc++     && apk add --no-cache --virtual .build-deps         curl     && ARCH= OPENSSL_ARCH='linux*' && alpineArch="$(apk --print-arch)" ... && node --version     && npm --version     && rm -rf /tmp/* # buildkit`
    : `RUN /bin/sh -c ARCH= && dpkgArch="$(dpkg --print-architecture)"     && case "\${dpkgArch##*-}" in       amd64) ARCH='x64';;       ppc64el) ARCH='ppc64le';;       s390x) ARCH='s390x';;       arm64) ARCH='arm64';;       armhf) ARCH='armv7l';;       i386) ARCH='x86';;       *) echo "unsupported architecture"; exit 1 ;;     esac ... && node --version     && npm --version # buildkit`;
  return [
    ...(alpine ? [] : [{ createdBy: 'RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit', files: debianAccounts('node:x:1000:1000::/home/node:/bin/bash\n', 'node:x:1000:\n'), size: 8_977, blobSize: 3_329, comment: BUILDKIT }]),
    { createdBy: `ENV NODE_VERSION=${line.version}`, comment: BUILDKIT },
    { createdBy: install, files: () => nodeFiles(line.version, alpine), size: line.node[0], blobSize: line.node[1], comment: BUILDKIT },
    { createdBy: `ENV YARN_VERSION=${YARN}`, comment: BUILDKIT },
    { createdBy: `RUN /bin/sh -c ${alpine ? 'apk add --no-cache --virtual .build-deps-yarn curl gnupg tar' : 'set -ex'}   && export GNUPGHOME="$(mktemp -d)"   && for key in     6A010C5166006599AA17F08146C2130DFD2497F5   ; do ... && yarn --version ${alpine ? '  && rm -rf /tmp/*' : ''} # buildkit`, files: yarnFiles, size: line.yarn[0], blobSize: line.yarn[1], comment: BUILDKIT },
    { createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', files: ENTRYPOINT_FILES, size: 388, blobSize: 451, comment: BUILDKIT },
    { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', comment: BUILDKIT },
    { createdBy: 'CMD ["node"]', comment: BUILDKIT },
  ];
}

function nodeImage(line: NodeLine, alpine: boolean): CatalogueImage {
  return {
    repository: 'library/node',
    tags: line.tags,
    created: line.created,
    base: alpine ? ALPINE_3_21 : BUILDPACK_DEPS,
    steps: nodeSteps(line, alpine),
    config: {
      Env: [DEFAULT_PATH, `NODE_VERSION=${line.version}`, `YARN_VERSION=${YARN}`],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['node'],
      ...(alpine ? { WorkingDir: '/' } : {}),
    },
  };
}

/** buildpack-deps:bookworm, the base of the full (non-slim) node and python images: curl, scm tools, compilers. */
export const BUILDPACK_DEPS: CatalogueImage = {
  repository: 'library/buildpack-deps',
  tags: ['bookworm', 'latest', 'stable'],
  created: '2025-02-25T01:25:13Z',
  base: DEBIAN_BOOKWORM,
  steps: [
    { createdBy: 'RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		ca-certificates 		curl 		gnupg 		netbase 		sq 		wget 	; 	rm -rf /var/lib/apt/lists/* # buildkit', files: { 'usr/bin/curl': exe('curl'), 'usr/bin/wget': exe('coreutils'), 'etc/ssl/certs/ca-certificates.crt': '-----BEGIN CERTIFICATE-----\n(dockersim: Mozilla CA bundle)\n-----END CERTIFICATE-----\n' }, size: 24_048_640, blobSize: 24_015_744, comment: BUILDKIT },
    { createdBy: 'RUN /bin/sh -c set -ex; 	apt-get update; 	apt-get install -y --no-install-recommends 		git 		mercurial 		openssh-client 		subversion 				procps 	; 	rm -rf /var/lib/apt/lists/* # buildkit', files: { 'usr/bin/git': exe('git'), 'usr/bin/ssh': exe('ssh'), 'usr/bin/ps': exe('coreutils') }, size: 154_157_056, blobSize: 64_393_104, comment: BUILDKIT },
    { createdBy: 'RUN /bin/sh -c set -ex; 	apt-get update; 	apt-get install -y --no-install-recommends 		autoconf 		automake 		bzip2 		default-libmysqlclient-dev 		dpkg-dev 		file 		g++ 		gcc ... 	; 	rm -rf /var/lib/apt/lists/* # buildkit', files: { 'usr/bin/gcc': exe('gcc'), 'usr/bin/g++': exe('gcc'), 'usr/bin/make': exe('make'), 'usr/bin/python3': link('python3.11'), 'usr/bin/python3.11': exe('python3') }, size: 633_372_672, blobSize: 227_456_210, comment: BUILDKIT },
  ],
  config: { Env: [DEFAULT_PATH], Cmd: ['bash'] },
};

const LINE_22: NodeLine = { version: '22.14.0', tags: [], created: '2025-02-11T22:44:10Z', node: [147_341_312, 50_286_322], yarn: [5_345_280, 1_257_870] };

/** Every node image of the catalogue. */
export const NODE: readonly CatalogueImage[] = [
  nodeImage({ ...LINE_22, tags: ['22-alpine', '22.14-alpine', '22.14.0-alpine', 'lts-alpine', 'alpine', 'jod-alpine', 'current-alpine'], node: [149_671_936, 50_286_322] }, true),
  nodeImage({ ...LINE_22, tags: ['latest', '22', '22.14', '22.14.0', 'lts', 'jod', 'bookworm', '22-bookworm'], node: [191_737_856, 48_302_381] }, false),
  nodeImage({ version: '20.19.0', tags: ['20-alpine', '20.19-alpine', '20.19.0-alpine', 'iron-alpine'], created: '2025-03-13T20:14:38Z', node: [123_879_424, 42_915_220], yarn: [5_345_280, 1_257_870] }, true),
  nodeImage({ version: '18.20.8', tags: ['18-alpine', '18.20-alpine', '18.20.8-alpine', 'hydrogen-alpine'], created: '2025-03-27T21:21:12Z', node: [114_253_824, 40_009_963], yarn: [5_345_280, 1_257_870] }, true),
  nodeImage({ version: '18.20.8', tags: ['18', '18.20', '18.20.8', 'hydrogen', '18-bookworm'], created: '2025-03-27T21:21:12Z', node: [162_004_992, 45_630_000], yarn: [5_345_280, 1_257_870] }, false),
];
