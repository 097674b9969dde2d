/**
 * @module
 * The package indexes apk and apt-get install from: a small table of the packages tutorials ask
 * for (curl, bash, git, python3, nodejs, npm, jq, vim…) with their dependencies, versions, sizes
 * and the executables they put in place — `#!dockersim <program>` where dockersim has the program,
 * an executable naming the tool otherwise. Versions and sizes are those of Alpine 3.21 and Debian
 * bookworm / Ubuntu noble in early 2025, rounded; the table is data, not a mirror.
 */

/** One package of an index. */
export interface PackageInfo {
  readonly version: string;
  /** Installed size in KiB. */
  readonly size: number;
  readonly depends: readonly string[];
  /** Executables installed (absolute path → program name). */
  readonly programs?: { readonly [path: string]: string };
  readonly description: string;
}

/** An index: package name → package. */
export type PackageIndex = { readonly [name: string]: PackageInfo };

const lib = (version: string, size: number, description: string, depends: readonly string[] = []): PackageInfo => ({ version, size, depends, description });

/** Alpine 3.21 main + community (the packages this simulation knows). */
export const ALPINE_PACKAGES: PackageIndex = {
  'brotli-libs': lib('1.1.0-r2', 720, 'Generic lossless compressor (libraries)'),
  'c-ares': lib('1.34.5-r0', 152, 'An asynchronously DNS/names resolver library'),
  'libunistring': lib('1.2-r0', 1616, 'Library for manipulating Unicode strings and C strings'),
  'libidn2': lib('2.3.7-r0', 136, 'Encode/Decode library for internationalized domain names', ['libunistring']),
  'nghttp2-libs': lib('1.64.0-r0', 164, 'Experimental HTTP/2 client, server and proxy (libraries)'),
  'libpsl': lib('0.21.5-r3', 72, 'C library for the Publix Suffix List', ['libidn2']),
  'zstd-libs': lib('1.5.6-r2', 672, 'Zstandard - Fast real-time compression algorithm (libraries)'),
  'libcurl': lib('8.12.1-r1', 508, 'The multiprotocol file transfer library', ['brotli-libs', 'c-ares', 'libidn2', 'libpsl', 'nghttp2-libs', 'zstd-libs']),
  curl: { version: '8.12.1-r1', size: 252, depends: ['ca-certificates', 'libcurl'], programs: { '/usr/bin/curl': 'curl' }, description: 'URL retrieval utility and library' },
  'ca-certificates': lib('20241121-r1', 680, 'Common CA certificates PEM files from Mozilla'),
  'ncurses-terminfo-base': lib('6.5_p20241006-r3', 52, 'Descriptions of common terminals'),
  libncursesw: lib('6.5_p20241006-r3', 316, 'Console display library (libncursesw)', ['ncurses-terminfo-base']),
  readline: lib('8.2.13-r0', 284, 'GNU readline library', ['libncursesw']),
  bash: { version: '5.2.37-r0', size: 1412, depends: ['readline'], programs: { '/bin/bash': 'bash' }, description: 'The GNU Bourne Again shell' },
  'libexpat': lib('2.7.0-r0', 184, 'XML Parser library written in C'),
  pcre2: lib('10.43-r0', 664, 'Perl-compatible regular expression library'),
  git: { version: '2.47.2-r0', size: 14496, depends: ['libcurl', 'libexpat', 'pcre2', 'zlib'], programs: { '/usr/bin/git': 'git' }, description: 'Distributed version control system' },
  zlib: lib('1.3.1-r2', 100, 'A compression/decompression Library'),
  libffi: lib('3.4.7-r0', 68, 'portable, high level programming interface to various calling conventions'),
  'libbz2': lib('1.0.8-r6', 72, 'Shared library for bz2'),
  'xz-libs': lib('5.6.3-r1', 228, 'Library and CLI tools for XZ and LZMA compressed files (libraries)'),
  'sqlite-libs': lib('3.48.0-r1', 1488, 'Sqlite3 library'),
  mpdecimal: lib('4.0.0-r0', 256, 'complete implementation of the General Decimal Arithmetic Specification'),
  gdbm: lib('1.24-r0', 184, 'GNU dbm is a set of database routines that use extensible hashing', ['readline']),
  'python3': { version: '3.12.10-r0', size: 57344, depends: ['libbz2', 'libffi', 'gdbm', 'xz-libs', 'mpdecimal', 'readline', 'sqlite-libs', 'zlib'], programs: { '/usr/bin/python3': 'python3', '/usr/bin/python3.12': 'python3', '/usr/bin/python': 'python3' }, description: 'A high-level scripting language' },
  'icu-data-en': lib('74.2-r0', 2572, 'Stripped down ICU data with only en_US/GB locale'),
  'icu-libs': lib('74.2-r0', 4720, 'International Components for Unicode library', ['icu-data-en']),
  libgcc: lib('14.2.0-r4', 160, 'GNU C compiler runtime libraries'),
  'libstdc++': lib('14.2.0-r4', 2412, 'GNU C++ standard runtime library', ['libgcc']),
  'ada-libs': lib('2.9.2-r1', 308, 'WHATWG-compliant and fast URL parser written in modern C++ (libraries)', ['libstdc++']),
  'simdjson': lib('3.10.1-r0', 260, 'Parsing gigabytes of JSON per second', ['libstdc++']),
  nodejs: { version: '22.13.1-r0', size: 46080, depends: ['ada-libs', 'c-ares', 'icu-libs', 'libstdc++', 'nghttp2-libs', 'simdjson', 'zlib'], programs: { '/usr/bin/node': 'node' }, description: 'JavaScript runtime built on V8 engine - LTS version' },
  npm: { version: '10.9.1-r0', size: 9296, depends: ['nodejs'], programs: { '/usr/bin/npm': 'npm', '/usr/bin/npx': 'npx' }, description: 'The package manager for JavaScript' },
  oniguruma: lib('6.9.9-r0', 548, 'a regular expressions library'),
  jq: { version: '1.7.1-r0', size: 312, depends: ['oniguruma'], programs: { '/usr/bin/jq': 'jq' }, description: 'A lightweight and flexible command-line JSON processor' },
  xxd: { version: '9.1.1105-r0', size: 20, depends: [], programs: { '/usr/bin/xxd': 'xxd' }, description: 'Tool to make (or reverse) a hex dump' },
  'vim-common': lib('9.1.1105-r0', 34856, 'Vim editor (common files)'),
  vim: { version: '9.1.1105-r0', size: 3564, depends: ['libncursesw', 'vim-common', 'xxd'], programs: { '/usr/bin/vim': 'vim', '/usr/bin/vi': 'vim' }, description: 'Improved vi-style text editor' },
  tini: { version: '0.19.0-r3', size: 36, depends: [], programs: { '/sbin/tini': 'docker-init' }, description: 'A tiny but valid init for containers' },
  redis: { version: '7.2.8-r0', size: 4068, depends: [], programs: { '/usr/bin/redis-server': 'redis-server', '/usr/bin/redis-cli': 'redis-cli' }, description: 'Advanced key-value store' },
  nginx: { version: '1.26.3-r0', size: 1300, depends: ['pcre2', 'zlib'], programs: { '/usr/sbin/nginx': 'nginx' }, description: 'HTTP and reverse proxy server (stable version)' },
};

/** Debian bookworm / Ubuntu noble main (the packages this simulation knows). */
export const DEBIAN_PACKAGES: PackageIndex = {
  'ca-certificates': lib('20230311', 395, 'Common CA certificates', ['openssl']),
  openssl: { version: '3.0.15-1~deb12u1', size: 2304, depends: ['libssl3'], programs: { '/usr/bin/openssl': 'openssl' }, description: 'Secure Sockets Layer toolkit - cryptographic utility' },
  libssl3: lib('3.0.15-1~deb12u1', 6151, 'Secure Sockets Layer toolkit - shared libraries'),
  libbrotli1: lib('1.0.9-2+b6', 786, 'library implementing brotli encoder and decoder (shared libraries)'),
  libnghttp2_14: lib('1.52.0-1+deb12u2', 431, 'library implementing HTTP/2 protocol (shared library)'),
  libpsl5: lib('0.21.2-1', 99, 'Library for Public Suffix List (shared libraries)'),
  librtmp1: lib('2.4+20151223.gitfa8646d.1-2+b2', 142, 'toolkit for RTMP streams (shared library)'),
  libssh2_1: lib('1.10.0-3+b1', 487, 'SSH2 client-side library'),
  libcurl4: lib('7.88.1-10+deb12u12', 1005, 'easy-to-use client-side URL transfer library (OpenSSL flavour)', ['libbrotli1', 'libnghttp2_14', 'libpsl5', 'librtmp1', 'libssh2_1', 'libssl3']),
  curl: { version: '7.88.1-10+deb12u12', size: 500, depends: ['ca-certificates', 'libcurl4'], programs: { '/usr/bin/curl': 'curl' }, description: 'command line tool for transferring data with URL syntax' },
  wget: { version: '1.21.3-1+deb12u1', size: 3684, depends: ['libpsl5', 'libssl3'], programs: { '/usr/bin/wget': 'wget' }, description: 'retrieves files from the web' },
  'iputils-ping': { version: '3:20221126-1+deb12u1', size: 113, depends: [], programs: { '/usr/bin/ping': 'ping' }, description: 'Tools to test the reachability of network hosts' },
  dnsutils: { version: '1:9.18.33-1~deb12u2', size: 292, depends: [], programs: { '/usr/bin/dig': 'dig', '/usr/bin/nslookup': 'nslookup' }, description: 'Transitional package for bind9-dnsutils' },
  'libexpat1': lib('2.5.0-1+deb12u1', 390, 'XML parsing C library - runtime library'),
  'libpcre2-8-0': lib('10.42-1', 685, 'New Perl Compatible Regular Expression Library- 8 bit runtime files'),
  git: { version: '1:2.39.5-0+deb12u2', size: 41094, depends: ['libcurl4', 'libexpat1', 'libpcre2-8-0'], programs: { '/usr/bin/git': 'git' }, description: 'fast, scalable, distributed revision control system' },
  'libpython3.11-stdlib': lib('3.11.2-6+deb12u5', 8219, 'Interactive high-level object-oriented language (standard library, version 3.11)'),
  'python3.11': { version: '3.11.2-6+deb12u5', size: 630, depends: ['libpython3.11-stdlib'], programs: { '/usr/bin/python3.11': 'python3' }, description: 'Interactive high-level object-oriented language (version 3.11)' },
  python3: { version: '3.11.2-1+b1', size: 90, depends: ['python3.11'], programs: { '/usr/bin/python3': 'python3' }, description: 'interactive high-level object-oriented language (default python3 version)' },
  'libonig5': lib('6.9.8-1', 685, 'regular expressions library'),
  'libjq1': lib('1.6-2.1', 375, 'lightweight and flexible command-line JSON processor - shared library', ['libonig5']),
  jq: { version: '1.6-2.1', size: 102, depends: ['libjq1'], programs: { '/usr/bin/jq': 'jq' }, description: 'lightweight and flexible command-line JSON processor' },
  'vim-common': lib('2:9.0.1378-2', 385, 'Vi IMproved - Common files'),
  'vim-runtime': lib('2:9.0.1378-2', 37000, 'Vi IMproved - Runtime files'),
  vim: { version: '2:9.0.1378-2', size: 3899, depends: ['vim-common', 'vim-runtime'], programs: { '/usr/bin/vim': 'vim' }, description: 'Vi IMproved - enhanced vi editor' },
  procps: { version: '2:4.0.2-3', size: 2364, depends: [], programs: { '/usr/bin/ps': 'coreutils', '/usr/bin/top': 'top' }, description: '/proc file system utilities' },
  'netcat-openbsd': { version: '1.219-1', size: 109, depends: [], programs: { '/bin/nc.openbsd': 'nc', '/bin/nc': 'nc' }, description: 'TCP/IP swiss army knife' },
  'redis-tools': { version: '5:7.0.15-1~deb12u3', size: 2897, depends: [], programs: { '/usr/bin/redis-cli': 'redis-cli' }, description: 'Persistent key-value database with network interface (client)' },
  tini: { version: '0.19.0-1', size: 818, depends: [], programs: { '/usr/bin/tini': 'docker-init' }, description: 'tiny but valid init for containers' },
  nginx: { version: '1.22.1-9+deb12u1', size: 1249, depends: ['libssl3', 'libpcre2-8-0'], programs: { '/usr/sbin/nginx': 'nginx' }, description: 'small, powerful, scalable web/proxy server' },
};

/** Every package `names` needs, dependencies first, each once; the names not in the index. */
export function resolveDependencies(index: PackageIndex, names: readonly string[]): { readonly order: string[]; readonly missing: string[] } {
  const order: string[] = [];
  const missing: string[] = [];
  const visit = (name: string) => {
    if (order.includes(name)) return;
    const info = index[name];
    if (!info) {
      if (!missing.includes(name)) missing.push(name);
      return;
    }
    for (const dep of info.depends) visit(dep);
    if (!order.includes(name)) order.push(name);
  };
  for (const name of names) visit(name);
  return { order, missing };
}
