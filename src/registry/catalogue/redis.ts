/**
 * @module
 * `redis` 7.4 on Debian bookworm-slim (`latest`) and Alpine 3.21 (`alpine`): `redis-server`,
 * `redis-cli`, the official `docker-entrypoint.sh` (program `docker-entrypoint-redis`),
 * `VOLUME /data`, `WORKDIR /data`, port 6379.
 */
import type { TreeSpec } from '../../fs/tree.js';
import type { ImageConfig } from '../../image/config.js';
import { ALPINE_3_21 } from './alpine.js';
import { alpineAccounts } from './alpine-root.js';
import { DEBIAN_BOOKWORM_SLIM } from './debian.js';
import { debianAccounts } from './debian-root.js';
import { dir, exe, link } from './files.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage, type CatalogueStep } from './spec.js';

const VERSION = '7.4.2';
const URL = `http://download.redis.io/releases/redis-${VERSION}.tar.gz`;
const SHA = '4ddebbf09061cbb589011786febdb34f29767dd7f89dbe712d2b68e808af6a1f';

function server(libc: string): TreeSpec {
  return {
  'usr/local/bin/redis-server': exe('redis-server', `# Redis server v=${VERSION} malloc=jemalloc-5.3.0 bits=64 (${libc})\n`),
  'usr/local/bin/redis-cli': exe('redis-cli'),
  'usr/local/bin/redis-benchmark': exe('redis-cli'),
  'usr/local/bin/redis-check-aof': link('redis-server'),
  'usr/local/bin/redis-check-rdb': link('redis-server'),
  'usr/local/bin/redis-sentinel': link('redis-server'),
  };
}

function tail(): CatalogueStep[] {
  return [
    { createdBy: 'RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit', files: { data: dir(0o755, 999, 999) }, size: 0, blobSize: 93, comment: BUILDKIT },
    { createdBy: 'VOLUME [/data]', comment: BUILDKIT },
    { createdBy: 'WORKDIR /data', comment: BUILDKIT },
    { createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', files: { 'usr/local/bin/docker-entrypoint.sh': exe('docker-entrypoint-redis') }, size: 661, blobSize: 579, comment: BUILDKIT },
    { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', comment: BUILDKIT },
    { createdBy: 'EXPOSE map[6379/tcp:{}]', comment: BUILDKIT },
    { createdBy: 'CMD ["redis-server"]', comment: BUILDKIT },
  ];
}

function config(extra: readonly string[]): ImageConfig {
  return {
    ExposedPorts: { '6379/tcp': {} },
    Env: [DEFAULT_PATH, ...extra, `REDIS_VERSION=${VERSION}`, `REDIS_DOWNLOAD_URL=${URL}`, `REDIS_DOWNLOAD_SHA=${SHA}`],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['redis-server'],
    WorkingDir: '/data',
    Volumes: { '/data': {} },
  };
}

const ENV_STEPS: CatalogueStep[] = [
  { createdBy: `ENV REDIS_VERSION=${VERSION}`, comment: BUILDKIT },
  { createdBy: `ENV REDIS_DOWNLOAD_URL=${URL}`, comment: BUILDKIT },
  { createdBy: `ENV REDIS_DOWNLOAD_SHA=${SHA}`, comment: BUILDKIT },
];

/** Every redis image. */
export const REDIS: readonly CatalogueImage[] = [
  {
    repository: 'library/redis',
    tags: ['latest', '7', '7.4', '7.4.2', 'bookworm', '7.4-bookworm'],
    created: '2025-01-06T17:45:37Z',
    base: DEBIAN_BOOKWORM_SLIM,
    steps: [
      { createdBy: 'RUN /bin/sh -c set -eux; 	groupadd -r -g 999 redis; 	useradd -r -g redis -u 999 redis # buildkit', files: debianAccounts('redis:x:999:999::/home/redis:/bin/sh\n', 'redis:x:999:\n'), size: 4_096, blobSize: 1_098, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		tzdata 	; 	rm -rf /var/lib/apt/lists/* # buildkit', files: { 'usr/share/zoneinfo/UTC': 'TZif2 UTC\n' }, size: 4_161_536, blobSize: 1_234_790, comment: BUILDKIT },
      { createdBy: 'ENV GOSU_VERSION=1.17', comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 	savedAptMark="$(apt-mark showmanual)"; ... 	gosu --version; 	gosu nobody true # buildkit', files: { 'usr/local/bin/gosu': exe('gosu') }, size: 4_136_960, blobSize: 1_225_400, comment: BUILDKIT },
      ...ENV_STEPS,
      { createdBy: 'RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)"; 	apt-get update; ... 	redis-cli --version; 	redis-server --version # buildkit', files: server('glibc'), size: 33_644_544, blobSize: 13_081_113, comment: BUILDKIT },
      ...tail(),
    ],
    config: config(['GOSU_VERSION=1.17']),
  },
  {
    repository: 'library/redis',
    tags: ['alpine', '7-alpine', '7.4-alpine', '7.4.2-alpine', 'alpine3.21'],
    created: '2025-01-06T17:45:37Z',
    base: ALPINE_3_21,
    steps: [
      { createdBy: 'RUN /bin/sh -c set -eux; 	addgroup -S -g 1000 redis; 	adduser -S -G redis -u 999 redis # buildkit', files: alpineAccounts('redis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin\n', 'redis:x:1000:redis\n'), size: 4_096, blobSize: 1_019, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c apk add --no-cache 		\'su-exec>=0.2\' 		tzdata # buildkit', files: { 'sbin/su-exec': exe('su-exec'), 'usr/share/zoneinfo/UTC': 'TZif2 UTC\n' }, size: 1_024_000, blobSize: 386_540, comment: BUILDKIT },
      ...ENV_STEPS,
      { createdBy: 'RUN /bin/sh -c set -eux; 		apk add --no-cache --virtual .build-deps 		coreutils 		dpkg-dev dpkg 		gcc ... 	redis-cli --version; 	redis-server --version # buildkit', files: server('musl'), size: 30_834_688, blobSize: 12_318_034, comment: BUILDKIT },
      ...tail(),
    ],
    config: config([]),
  },
];
