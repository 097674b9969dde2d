/**
 * @module
 * `mysql` on Oracle Linux 9 slim: 8.0, 8.4 (`8`, `lts`) and 9.2 (`latest`), with `mysqld`,
 * `mysql`, the official `docker-entrypoint.sh` (program `docker-entrypoint-mysql`, also at
 * `/entrypoint.sh`), `VOLUME /var/lib/mysql`, ports 3306 and 33060. Also `oraclelinux:9-slim`.
 */
import type { TreeSpec } from '../../fs/tree.js';
import { dir, exe, link, merge, osRelease, programFiles, skeleton } from './files.js';
import { BUILDKIT, DEFAULT_PATH, type CatalogueImage } from './spec.js';

const OL_PASSWD = 'root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin\n';
const OL_GROUP = 'root:x:0:\nbin:x:1:\ndaemon:x:2:\nnobody:x:65534:\n';

function oracleRootfs(): TreeSpec {
  return merge(
    skeleton({ 'var/lib/rpm': dir(), boot: dir() }),
    {
      bin: link('usr/bin'),
      sbin: link('usr/sbin'),
      lib: link('usr/lib'),
      lib64: link('usr/lib64'),
      'usr/bin/bash': exe('bash'),
      'usr/bin/sh': link('bash'),
      'usr/bin/microdnf': exe('microdnf'),
      'usr/bin/rpm': exe('rpm'),
      'etc/oracle-release': 'Oracle Linux Server release 9.5\n',
      'etc/redhat-release': link('oracle-release'),
      'etc/system-release': link('oracle-release'),
      'etc/os-release': osRelease({ NAME: 'Oracle Linux Server', VERSION: '9.5', ID: 'ol', ID_LIKE: 'fedora', VARIANT: 'Server', VARIANT_ID: 'server', VERSION_ID: '9.5', PLATFORM_ID: 'platform:el9', PRETTY_NAME: 'Oracle Linux Server 9.5', ANSI_COLOR: '0;31', HOME_URL: 'https://linux.oracle.com/' }),
      'etc/passwd': OL_PASSWD,
      'etc/group': OL_GROUP,
      'etc/yum.repos.d/oracle-linux-ol9.repo': '[ol9_baseos_latest]\nname=Oracle Linux 9 BaseOS Latest ($basearch)\nbaseurl=https://yum$ociregion.$ocidomain/repo/OracleLinux/OL9/baseos/latest/$basearch/\nenabled=1\n',
    },
    programFiles('usr/bin', 'cat chmod chown cp date dd df echo env false grep head id ln ls mkdir mktemp mv pwd readlink rm rmdir sed sleep sort stat tail tar tee touch tr true uname wc which xargs find'.split(' '), 'coreutils'),
  );
}

/** oraclelinux:9-slim, the base of the mysql images. */
export const ORACLELINUX_9_SLIM: CatalogueImage = {
  repository: 'library/oraclelinux',
  tags: ['9-slim', '9-slim-fips'],
  created: '2025-02-20T19:09:50Z',
  steps: [
    { createdBy: '/bin/sh -c #(nop) ADD file:1d3b7f6fa8b3e7c8c0b4e3b7ef1f4b5ea1fe9c2b9f7bd4b2a4d8f1f9a1c2d3e4 in / ', files: oracleRootfs, size: 118_353_920, blobSize: 46_982_341 },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
  ],
  config: { Env: [DEFAULT_PATH], Cmd: ['/bin/bash'] },
};

interface MysqlLine {
  readonly major: string;
  readonly version: string;
  readonly shell: string;
  readonly tags: readonly string[];
  readonly server: readonly [number, number];
  readonly shellLayer: readonly [number, number];
}

function mysqlFiles(line: MysqlLine): TreeSpec {
  return {
    'usr/sbin/mysqld': exe('mysqld', `# mysqld  Ver ${line.version.split('-')[0]} for Linux on x86_64 (MySQL Community Server - GPL)\n`),
    'usr/bin/mysql': exe('mysql'),
    'usr/bin/mysqladmin': exe('mysql'),
    'usr/bin/mysqldump': exe('mysql'),
    'etc/my.cnf': `# For advice on how to change settings please see\n# http://dev.mysql.com/doc/refman/${line.major}/en/server-configuration-defaults.html\n\n[mysqld]\nhost-cache-size=0\nskip-name-resolve\ndatadir=/var/lib/mysql\nsocket=/var/run/mysqld/mysqld.sock\nsecure-file-priv=/var/lib/mysql-files\nuser=mysql\n\npid-file=/var/run/mysqld/mysqld.pid\n[client]\nsocket=/var/run/mysqld/mysqld.sock\n\n!includedir /etc/mysql/conf.d/\n`,
    'etc/mysql/conf.d': dir(),
    'var/lib/mysql': dir(0o1777, 999, 999),
    'var/lib/mysql-files': dir(0o1777, 999, 999),
    'var/run/mysqld': dir(0o1777, 999, 999),
  };
}

function mysql(line: MysqlLine): CatalogueImage {
  return {
    repository: 'library/mysql',
    tags: line.tags,
    created: '2025-02-21T22:36:51Z',
    base: ORACLELINUX_9_SLIM,
    steps: [
      { createdBy: 'RUN /bin/sh -c set -eux; 	groupadd --system --gid 999 mysql; 	useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql # buildkit', files: { 'etc/passwd': OL_PASSWD + 'mysql:x:999:999::/var/lib/mysql:/bin/bash\n', 'etc/group': OL_GROUP + 'mysql:x:999:\n' }, size: 2_918, blobSize: 1_021, comment: BUILDKIT },
      { createdBy: 'ENV GOSU_VERSION=1.17', comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 	arch="$(uname -m)"; ... gosu --version; 	gosu nobody true # buildkit', files: { 'usr/local/bin/gosu': exe('gosu') }, size: 2_285_568, blobSize: 983_010, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 	microdnf install -y 		bzip2 		gzip 		openssl 		xz 		zstd 		findutils 	; 	microdnf clean all # buildkit', files: { 'usr/bin/openssl': exe('openssl'), 'usr/bin/gzip': exe('coreutils') }, size: 19_894_272, blobSize: 6_903_122, comment: BUILDKIT },
      { createdBy: `ENV MYSQL_MAJOR=${line.major}`, comment: BUILDKIT },
      { createdBy: `ENV MYSQL_VERSION=${line.version}`, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eu; 	{ 		echo \'[mysql-community-server-minimal]\'; ... 	} | tee /etc/yum.repos.d/mysql-community-minimal.repo # buildkit', files: { 'etc/yum.repos.d/mysql-community-minimal.repo': `[mysql-community-server-minimal]\nname=MySQL ${line.major} Community Server Minimal\nenabled=1\n` }, size: 238, blobSize: 335, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eux; 	microdnf install -y "mysql-community-server-minimal-$MYSQL_VERSION"; 	microdnf clean all; 	grep -F \'socket=/var/lib/mysql/mysql.sock\' /etc/my.cnf; ... mysqld --version; 	mysql --version # buildkit', files: () => mysqlFiles(line), size: line.server[0], blobSize: line.server[1], comment: BUILDKIT },
      { createdBy: `ENV MYSQL_SHELL_VERSION=${line.shell}`, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c set -eu; 	{ 		echo \'[mysql-tools-community]\'; ... 	mysqlsh --version # buildkit', files: { 'usr/bin/mysqlsh': exe('mysql', `# MySQL Shell ${line.shell}\n`) }, size: line.shellLayer[0], blobSize: line.shellLayer[1], comment: BUILDKIT },
      { createdBy: 'VOLUME [/var/lib/mysql]', comment: BUILDKIT },
      { createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', files: { 'usr/local/bin/docker-entrypoint.sh': exe('docker-entrypoint-mysql') }, size: 16_128, blobSize: 5_324, comment: BUILDKIT },
      { createdBy: 'RUN /bin/sh -c ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # backwards compat # buildkit', files: { 'entrypoint.sh': link('usr/local/bin/docker-entrypoint.sh') }, size: 34, blobSize: 116, comment: BUILDKIT },
      { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', comment: BUILDKIT },
      { createdBy: 'EXPOSE map[3306/tcp:{} 33060/tcp:{}]', comment: BUILDKIT },
      { createdBy: 'CMD ["mysqld"]', comment: BUILDKIT },
    ],
    config: {
      ExposedPorts: { '3306/tcp': {}, '33060/tcp': {} },
      Env: [DEFAULT_PATH, 'GOSU_VERSION=1.17', `MYSQL_MAJOR=${line.major}`, `MYSQL_VERSION=${line.version}`, `MYSQL_SHELL_VERSION=${line.shell}`],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['mysqld'],
      Volumes: { '/var/lib/mysql': {} },
    },
  };
}

/** Every mysql image. */
export const MYSQL: readonly CatalogueImage[] = [
  mysql({ major: '8.0', version: '8.0.41-1.el9', shell: '8.0.41-1.el9', tags: ['8.0', '8.0.41', '8.0-oracle', '8.0.41-oracle', '8.0-oraclelinux9'], server: [536_760_320, 129_830_112], shellLayer: [95_170_560, 33_651_212] }),
  mysql({ major: '8.4', version: '8.4.4-1.el9', shell: '8.4.4-1.el9', tags: ['8', '8.4', '8.4.4', 'lts', '8-oracle', 'lts-oracle'], server: [529_743_872, 127_125_510], shellLayer: [95_957_504, 33_980_214] }),
  mysql({ major: '9.2', version: '9.2.0-1.el9', shell: '9.2.0-1.el9', tags: ['latest', '9', '9.2', '9.2.0', 'innovation', 'oracle'], server: [554_504_704, 131_455_007], shellLayer: [96_423_424, 34_102_001] }),
];
