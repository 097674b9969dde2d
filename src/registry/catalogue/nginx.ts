/**
 * @module
 * `nginx`: mainline 1.27 on Debian bookworm-slim (`latest`) and on Alpine 3.21 (`alpine`), with
 * the official image's configuration (port 80, SIGQUIT, `nginx -g 'daemon off;'`), history and
 * Docker Hub's sizes. Also the older `nginx:alpine` that `docker/getting-started` builds on.
 */
import type { TreeSpec } from '../../fs/tree.js';
import type { ImageConfig } from '../../image/config.js';
import { ALPINE_3_18, ALPINE_3_21 } from './alpine.js';
import { alpineAccounts } from './alpine-root.js';
import { DEBIAN_BOOKWORM_SLIM } from './debian.js';
import { debianAccounts } from './debian-root.js';
import { merge } from './files.js';
import { NGINX_ENTRYPOINT, nginxPackage } from './nginx-files.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage, type CatalogueStep } from './spec.js';

const MAINTAINER = 'NGINX Docker Maintainers <docker-maint@nginx.com>';

function entrypointSteps(): CatalogueStep[] {
  return [
    { createdBy: 'COPY docker-entrypoint.sh / # buildkit', files: NGINX_ENTRYPOINT.entrypoint, size: 1_620, blobSize: 628, comment: BUILDKIT },
    { createdBy: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', files: NGINX_ENTRYPOINT.ipv6, size: 2_125, blobSize: 955, comment: BUILDKIT },
    { createdBy: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', files: NGINX_ENTRYPOINT.resolvers, size: 389, blobSize: 405, comment: BUILDKIT },
    { createdBy: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', files: NGINX_ENTRYPOINT.templates, size: 3_018, blobSize: 1_208, comment: BUILDKIT },
    { createdBy: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', files: NGINX_ENTRYPOINT.workers, size: 4_620, blobSize: 1_398, comment: BUILDKIT },
    { createdBy: 'ENTRYPOINT ["/docker-entrypoint.sh"]', comment: BUILDKIT },
    { createdBy: 'EXPOSE map[80/tcp:{}]', comment: BUILDKIT },
    { createdBy: 'STOPSIGNAL SIGQUIT', comment: BUILDKIT },
    { createdBy: 'CMD ["nginx" "-g" "daemon off;"]', comment: BUILDKIT },
  ];
}

function config(env: readonly string[]): ImageConfig {
  return {
    ExposedPorts: { '80/tcp': {} },
    Env: [DEFAULT_PATH, ...env],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    Labels: { maintainer: MAINTAINER },
    StopSignal: 'SIGQUIT',
  };
}

function debianPackage(): TreeSpec {
  return merge(debianAccounts('nginx:x:101:101:nginx user:/nonexistent:/bin/false\n', 'nginx:x:101:\n'), nginxPackage('1.27.4'));
}

function alpinePackage(version: string): () => TreeSpec {
  return () => merge(alpineAccounts('nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n', 'nginx:x:101:nginx\n'), nginxPackage(version));
}

const ENV_DEBIAN = ['NGINX_VERSION=1.27.4', 'NJS_VERSION=0.8.9', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'];
const ENV_ALPINE = ['NGINX_VERSION=1.27.4', 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=0.8.9', 'NJS_RELEASE=1'];

/** nginx:latest. */
export const NGINX_LATEST: CatalogueImage = {
  repository: 'library/nginx',
  tags: ['latest', 'mainline', '1', '1.27', '1.27.4', 'bookworm', 'mainline-bookworm'],
  created: '2025-02-05T21:27:16Z',
  base: DEBIAN_BOOKWORM_SLIM,
  steps: [
    { createdBy: `LABEL maintainer=${MAINTAINER}`, comment: BUILDKIT },
    ...ENV_DEBIAN.map((e) => ({ createdBy: `ENV ${e}`, comment: BUILDKIT })),
    { createdBy: 'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates ... && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit', files: debianPackage, size: 117_395_456, blobSize: 41_882_347, comment: BUILDKIT },
    ...entrypointSteps(),
  ],
  config: config(ENV_DEBIAN),
};

/** nginx:alpine. */
export const NGINX_ALPINE: CatalogueImage = {
  repository: 'library/nginx',
  tags: ['alpine', 'mainline-alpine', '1-alpine', '1.27-alpine', '1.27.4-alpine', 'alpine3.21'],
  created: '2025-02-05T21:27:16Z',
  base: ALPINE_3_21,
  steps: [
    { createdBy: `LABEL maintainer=${MAINTAINER}`, comment: BUILDKIT },
    ...ENV_ALPINE.slice(0, 3).map((e) => ({ createdBy: `ENV ${e}`, comment: BUILDKIT })),
    { createdBy: 'RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages=" nginx=${NGINX_VERSION}-r${PKG_RELEASE} " ... && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit', files: alpinePackage('1.27.4'), size: 5_066_752, blobSize: 1_797_915, comment: BUILDKIT },
    ...entrypointSteps().slice(0, 5),
    ...ENV_ALPINE.slice(3).map((e) => ({ createdBy: `ENV ${e}`, comment: BUILDKIT })),
    { createdBy: 'RUN /bin/sh -c set -x     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages=" nginx=${NGINX_VERSION}-r${PKG_RELEASE} nginx-module-xslt=... nginx-module-njs=${NGINX_VERSION}.${NJS_VERSION}-r${NJS_RELEASE} " ... # buildkit', files: { 'usr/lib/nginx/modules/ngx_http_js_module.so': 'ELF njs module\n', 'usr/lib/nginx/modules/ngx_stream_js_module.so': 'ELF njs module\n' }, size: 35_082_240, blobSize: 14_617_411, comment: BUILDKIT },
    ...entrypointSteps().slice(5),
  ],
  config: config(ENV_ALPINE),
};

/** The nginx:alpine of late 2022 (Alpine 3.18 here), base of docker/getting-started; not published under its own tag. */
export const NGINX_ALPINE_2022: CatalogueImage = {
  repository: 'library/nginx',
  tags: [],
  created: '2023-05-04T01:33:35Z',
  base: ALPINE_3_18,
  steps: [
    { createdBy: `LABEL maintainer=${MAINTAINER}`, comment: BUILDKIT },
    { createdBy: 'ENV NGINX_VERSION=1.23.4', comment: BUILDKIT },
    { createdBy: 'ENV PKG_RELEASE=1', comment: BUILDKIT },
    { createdBy: 'RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx ... # buildkit', files: alpinePackage('1.23.4'), size: 33_566_720, blobSize: 12_793_536, comment: BUILDKIT },
    ...entrypointSteps(),
  ],
  config: config(['NGINX_VERSION=1.23.4', 'PKG_RELEASE=1']),
  platforms: ['amd64'],
};

/** Every published nginx image. */
export const NGINX: readonly CatalogueImage[] = [NGINX_LATEST, NGINX_ALPINE];
