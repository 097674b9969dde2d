/**
 * @module
 * `registry` (CNCF distribution): 2.8 (`2`) on Alpine 3.18 and 3.0 (`latest`) on Alpine 3.21 —
 * `/bin/registry` (program `registry`), its example configuration, `/entrypoint.sh` (program
 * `docker-entrypoint-registry`), `VOLUME /var/lib/registry`, port 5000.
 */
import { ALPINE_3_18, ALPINE_3_21 } from './alpine.js';
import { dir, exe } from './files.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage } from './spec.js';

const CONFIG_2 = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

const CONFIG_3 = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
  tag:
    concurrencylimit: 8
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

/** Every registry image. */
export const REGISTRY: readonly CatalogueImage[] = [
  {
    repository: 'library/registry',
    tags: ['2', '2.8', '2.8.3'],
    created: '2023-10-02T18:49:51Z',
    base: ALPINE_3_18,
    steps: [
      { createdBy: 'RUN /bin/sh -c set -ex     && apk add --no-cache ca-certificates # buildkit', files: { 'etc/ssl/certs/ca-certificates.crt': '-----BEGIN CERTIFICATE-----\n(dockersim: Mozilla CA bundle)\n-----END CERTIFICATE-----\n' }, size: 798_720, blobSize: 288_540, comment: BUILDKIT },
      { createdBy: 'COPY ./registry/registry /bin/registry # buildkit', files: { 'bin/registry': exe('registry') }, size: 17_018_880, blobSize: 6_359_821, comment: BUILDKIT },
      { createdBy: 'COPY ./registry/config-example.yml /etc/docker/registry/config.yml # buildkit', files: { 'etc/docker/registry/config.yml': CONFIG_2 }, size: 295, blobSize: 393, comment: BUILDKIT },
      { createdBy: 'VOLUME [/var/lib/registry]', comment: BUILDKIT },
      { createdBy: 'EXPOSE map[5000/tcp:{}]', comment: BUILDKIT },
      { createdBy: 'COPY docker-entrypoint.sh /entrypoint.sh # buildkit', files: { 'entrypoint.sh': exe('docker-entrypoint-registry'), 'var/lib/registry': dir() }, size: 155, blobSize: 389, comment: BUILDKIT },
      { createdBy: 'ENTRYPOINT ["/entrypoint.sh"]', comment: BUILDKIT },
      { createdBy: 'CMD ["/etc/docker/registry/config.yml"]', comment: BUILDKIT },
    ],
    config: { ExposedPorts: { '5000/tcp': {} }, Env: [DEFAULT_PATH], Entrypoint: ['/entrypoint.sh'], Cmd: ['/etc/docker/registry/config.yml'], Volumes: { '/var/lib/registry': {} }, WorkingDir: '/' },
  },
  {
    repository: 'library/registry',
    tags: ['latest', '3', '3.0', '3.0.0'],
    created: '2025-04-02T15:42:12Z',
    base: ALPINE_3_21,
    steps: [
      { createdBy: 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit', files: { 'etc/ssl/certs/ca-certificates.crt': '-----BEGIN CERTIFICATE-----\n(dockersim: Mozilla CA bundle)\n-----END CERTIFICATE-----\n' }, size: 696_320, blobSize: 275_120, comment: BUILDKIT },
      { createdBy: 'COPY /usr/local/bin/registry /bin/registry # buildkit', files: { 'bin/registry': exe('registry') }, size: 49_504_256, blobSize: 18_012_776, comment: BUILDKIT },
      { createdBy: 'COPY ./config-example.yml /etc/distribution/config.yml # buildkit', files: { 'etc/distribution/config.yml': CONFIG_3 }, size: 338, blobSize: 414, comment: BUILDKIT },
      { createdBy: 'VOLUME [/var/lib/registry]', comment: BUILDKIT },
      { createdBy: 'EXPOSE map[5000/tcp:{}]', comment: BUILDKIT },
      { createdBy: 'COPY docker-entrypoint.sh /entrypoint.sh # buildkit', files: { 'entrypoint.sh': exe('docker-entrypoint-registry'), 'var/lib/registry': dir() }, size: 155, blobSize: 389, comment: BUILDKIT },
      { createdBy: 'ENTRYPOINT ["/entrypoint.sh"]', comment: BUILDKIT },
      { createdBy: 'CMD ["/etc/distribution/config.yml"]', comment: BUILDKIT },
    ],
    config: { ExposedPorts: { '5000/tcp': {} }, Env: [DEFAULT_PATH], Entrypoint: ['/entrypoint.sh'], Cmd: ['/etc/distribution/config.yml'], Volumes: { '/var/lib/registry': {} }, WorkingDir: '/' },
  },
];
