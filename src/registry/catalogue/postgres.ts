/**
 * @module
 * `postgres` 17 and 16 on Debian bookworm-slim and 17 on Alpine: `postgres`, `psql`, `initdb`,
 * `pg_ctl` under `/usr/lib/postgresql/<major>/bin` (on `PATH`), the official
 * `docker-entrypoint.sh` (program `docker-entrypoint-postgres`), `PGDATA`, the data volume,
 * `STOPSIGNAL SIGINT`, port 5432.
 */
import type { TreeSpec } from '../../fs/tree.js';
import { ALPINE_3_21 } from './alpine.js';
import { alpineAccounts } from './alpine-root.js';
import { DEBIAN_BOOKWORM_SLIM } from './debian.js';
import { debianAccounts } from './debian-root.js';
import { dir, exe, link } from './files.js';
import { BUILDKIT, type CatalogueImage, type CatalogueStep } from './spec.js';

const PGDATA = '/var/lib/postgresql/data';

function server(bin: string): TreeSpec {
  return {
    [`${bin}/postgres`]: exe('postgres'),
    [`${bin}/psql`]: exe('psql'),
    [`${bin}/initdb`]: exe('postgres'),
    [`${bin}/pg_ctl`]: exe('postgres'),
    [`${bin}/pg_isready`]: exe('psql'),
    [`${bin}/pg_dump`]: exe('psql'),
    'usr/share/postgresql/postgresql.conf.sample': "#listen_addresses = 'localhost'\t\t# what IP address(es) to listen on;\nlisten_addresses = '*'\n#port = 5432\t\t\t\t# (change requires restart)\nmax_connections = 100\t\t\t# (change requires restart)\n",
  };
}

function tail(): CatalogueStep[] {
  return [
    { createdBy: 'RUN /bin/sh -c set -eux; 	dpkg-divert --add --rename --divert "/usr/share/postgresql/postgresql.conf.sample.dpkg" "/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample"; ... # buildkit', files: {}, size: 56_320, blobSize: 9_512, comment: BUILDKIT },
    { createdBy: 'RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/postgresql # buildkit', files: { 'var/run/postgresql': dir(0o3777, 999, 999) }, size: 0, blobSize: 120, comment: BUILDKIT },
    { createdBy: `ENV PGDATA=${PGDATA}`, comment: BUILDKIT },
    { createdBy: 'RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 1777 "$PGDATA" # buildkit', files: { 'var/lib/postgresql/data': dir(0o1777, 999, 999) }, size: 0, blobSize: 121, comment: BUILDKIT },
    { createdBy: `VOLUME [${PGDATA}]`, comment: BUILDKIT },
    { createdBy: 'COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit', files: { 'usr/local/bin/docker-entrypoint.sh': exe('docker-entrypoint-postgres'), 'usr/local/bin/docker-ensure-initdb.sh': exe('docker-entrypoint-postgres') }, size: 16_384, blobSize: 5_536, comment: BUILDKIT },
    { createdBy: 'RUN /bin/sh -c ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh # buildkit', files: { 'usr/local/bin/docker-enforce-initdb.sh': link('docker-ensure-initdb.sh') }, size: 23, blobSize: 127, comment: BUILDKIT },
    { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', comment: BUILDKIT },
    { createdBy: 'STOPSIGNAL SIGINT', comment: BUILDKIT },
    { createdBy: 'EXPOSE map[5432/tcp:{}]', comment: BUILDKIT },
    { createdBy: 'CMD ["postgres"]', comment: BUILDKIT },
  ];
}

function debian(major: string, version: string, tags: string[], created: string, install: readonly [number, number]): CatalogueImage {
  const bin = `usr/lib/postgresql/${major}/bin`;
  return {
    repository: 'library/postgres',
    tags,
    created,
    base: DEBIAN_BOOKWORM_SLIM,
    steps: [
      { createdBy: 'RUN /bin/sh -c set -eux; 	groupadd -r postgres --gid=999; 	useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; 	install --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql # buildkit', files: { ...debianAccounts('postgres:x:999:999::/var/lib/postgresql:/bin/bash\n', 'postgres:x:999:\n'), 'var/lib/postgresql': dir(0o1777, 999, 999) }, size: 4_096, blobSize: 1_189, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -ex; 	apt-get update; 	apt-get install -y --no-install-recommends 		gnupg 		less 	; 	rm -rf /var/lib/apt/lists/* # buildkit', files: { 'usr/bin/less': exe('coreutils'), 'usr/bin/gpg': exe('gpg') }, size: 9_740_288, blobSize: 4_533_916, comment: BUILDKIT },
      { createdBy: 'ENV GOSU_VERSION=1.17', comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 	savedAptMark="$(apt-mark showmanual)"; ... 	gosu nobody true # buildkit', files: { 'usr/local/bin/gosu': exe('gosu') }, size: 4_136_960, blobSize: 1_225_369, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 	if [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then 		grep -q \'/usr/share/locale\' /etc/dpkg/dpkg.cfg.d/docker; ... localedef -i en_US -c -f UTF-8 -A /usr/share/locale/locale.alias en_US.UTF-8 # buildkit', files: { 'usr/lib/locale/locale-archive': 'locale archive en_US.UTF-8\n' }, size: 24_803_328, blobSize: 8_066_521, comment: BUILDKIT },
      { createdBy: 'ENV LANG=en_US.utf8', comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		libnss-wrapper 		xz-utils 		zstd 	; 	rm -rf /var/lib/apt/lists/* # buildkit', files: { 'usr/bin/xz': exe('coreutils') }, size: 1_679_360, blobSize: 1_293_011, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit', files: { 'docker-entrypoint-initdb.d': dir() }, size: 0, blobSize: 115, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -ex; 	key=\'B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8\'; ... 	gpgconf --kill all # buildkit', files: { 'usr/local/share/keyrings/postgres.gpg.asc': '-----BEGIN PGP PUBLIC KEY BLOCK-----\n(dockersim)\n-----END PGP PUBLIC KEY BLOCK-----\n' }, size: 4_403, blobSize: 3_521, comment: BUILDKIT },
      { createdBy: `ENV PG_MAJOR=${major}`, comment: BUILDKIT },
      { createdBy: `ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/${major}/bin`, comment: BUILDKIT },
      { createdBy: `ENV PG_VERSION=${version}`, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -ex; 		export PYTHONDONTWRITEBYTECODE=1; 		dpkgArch="$(dpkg --print-architecture)"; ... 	postgres --version # buildkit', files: () => server(bin), size: install[0], blobSize: install[1], comment: BUILDKIT },
      ...tail(),
    ],
    config: {
      ExposedPorts: { '5432/tcp': {} },
      Env: [`PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/${major}/bin`, 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', `PG_MAJOR=${major}`, `PG_VERSION=${version}`, `PGDATA=${PGDATA}`],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['postgres'],
      Volumes: { [PGDATA]: {} },
      StopSignal: 'SIGINT',
    },
  };
}

/** Every postgres image. */
export const POSTGRES: readonly CatalogueImage[] = [
  debian('17', '17.4-1.pgdg120+2', ['latest', '17', '17.4', 'bookworm', '17-bookworm'], '2025-02-21T00:12:31Z', [309_067_776, 110_302_210]),
  debian('16', '16.8-1.pgdg120+1', ['16', '16.8', '16-bookworm'], '2025-02-21T00:12:31Z', [297_459_712, 106_813_220]),
  {
    repository: 'library/postgres',
    tags: ['alpine', '17-alpine', '17.4-alpine', 'alpine3.21'],
    created: '2025-02-21T00:12:31Z',
    base: ALPINE_3_21,
    steps: [
      { createdBy: 'RUN /bin/sh -c set -eux; 	addgroup -g 70 -S postgres; 	adduser -u 70 -S -D -G postgres -H -h /var/lib/postgresql -s /bin/sh postgres; 	install --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql # buildkit', files: { ...alpineAccounts('postgres:x:70:70:Linux User,,,:/var/lib/postgresql:/bin/sh\n', 'postgres:x:70:postgres\n'), 'var/lib/postgresql': dir(0o1777, 70, 70) }, size: 4_096, blobSize: 969, comment: BUILDKIT },
      { createdBy: 'ENV GOSU_VERSION=1.17', comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 		apk add --no-cache --virtual .gosu-deps ... 	gosu nobody true # buildkit', files: { 'usr/local/bin/gosu': exe('gosu', '# gosu 1.17 (installed with apk)\n') }, size: 2_285_568, blobSize: 1_017_324, comment: BUILDKIT },
      { createdBy: 'ENV LANG=en_US.utf8', comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit', files: { 'docker-entrypoint-initdb.d': dir() }, size: 0, blobSize: 115, comment: BUILDKIT },
      { createdBy: 'ENV PG_MAJOR=17', comment: BUILDKIT },
      { createdBy: 'ENV PG_VERSION=17.4', comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 		wget -O postgresql.tar.bz2 "https://ftp.postgresql.org/pub/source/v$PG_VERSION/postgresql-$PG_VERSION.tar.bz2"; ... 	postgres --version # buildkit', files: () => server('usr/local/bin'), size: 254_697_472, blobSize: 102_307_115, comment: BUILDKIT },
      ...tail(),
    ],
    config: {
      ExposedPorts: { '5432/tcp': {} },
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', 'PG_MAJOR=17', 'PG_VERSION=17.4', `PGDATA=${PGDATA}`],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['postgres'],
      Volumes: { [PGDATA]: {} },
      StopSignal: 'SIGINT',
    },
  },
];
