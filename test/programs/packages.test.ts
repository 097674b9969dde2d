/**
 * apk and apt-get through `docker run`: their output lines, the files they install (executables
 * naming their programs, so an installed curl runs), their databases, virtual time, and the
 * errors for unknown packages (apk: exit 1; apt-get before `update`: exit 100).
 */
import { describe, expect, it } from 'vitest';
import { cliWorld } from '../cli/cli-world.js';
import { sizeToStr } from '../../src/programs/packages/apt.js';

describe('apk', () => {
  it('adds a package with its dependencies, in order, and the package runs', async () => {
    const { docker, world } = cliWorld(4);
    await docker('docker pull -q alpine');
    const before = world.clock.now();
    expect(await docker('docker run --rm alpine apk add --no-cache jq')).toEqual({
      stdout:
        'fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz\n' +
        'fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/community/x86_64/APKINDEX.tar.gz\n' +
        '(1/2) Installing oniguruma (6.9.9-r0)\n(2/2) Installing jq (1.7.1-r0)\nExecuting busybox-1.37.0-r12.trigger\nOK: 9 MiB in 12 packages\n',
      stderr: '',
      exitCode: 0,
    });
    expect(world.clock.now() - before).toBeGreaterThanOrEqual(800);
    const curl = await docker('docker run --rm alpine sh -c "apk add -q curl && which curl && head -c 16 /usr/bin/curl && grep -c ^P: /lib/apk/db/installed && cat /etc/apk/world"');
    expect(curl.stdout).toBe('/usr/bin/curl\n#!dockersim curl20\nalpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nca-certificates-bundle\ncurl\nlibc-utils\nmusl-utils\n');
  });

  it('refuses an unknown package with apk\'s error and installs nothing', async () => {
    const { docker } = cliWorld(5);
    await docker('docker pull -q alpine');
    const r = await docker('docker run --rm alpine sh -c "apk add curl nosuch; echo status=$?; which curl || echo none"');
    expect(r.stderr).toBe('ERROR: unable to select packages:\n  nosuch (no such package):\n    required by: world[nosuch]\n');
    expect(r.stdout).toMatch(/APKINDEX\.tar\.gz\nstatus=1\nnone\n$/);
  });

  it('update lists the repositories; del purges; --version', async () => {
    const { docker } = cliWorld(6);
    await docker('docker pull -q alpine');
    expect((await docker('docker run --rm alpine apk update')).stdout).toMatch(/^fetch .*main\/x86_64\/APKINDEX\.tar\.gz\nfetch .*community\/x86_64\/APKINDEX\.tar\.gz\nv3\.21\.3-\d+-g[0-9a-f]+ \[https:\/\/dl-cdn\.alpinelinux\.org\/alpine\/v3\.21\/main\]\n.*\nOK: 25256 distinct packages available\n$/);
    expect((await docker('docker run --rm alpine sh -c "apk add -q jq && apk del jq && which jq || echo gone"')).stdout).toBe('(1/2) Purging jq (1.7.1-r0)\n(2/2) Purging oniguruma (6.9.9-r0)\nExecuting busybox-1.37.0-r12.trigger\nOK: 8 MiB in 10 packages\ngone\n');
    expect((await docker('docker run --rm alpine apk --version')).stdout).toBe('apk-tools 2.14.6, compiled for x86_64.\n');
  });
});

describe('apt-get', () => {
  it('cannot locate a package before update (exit 100), installs after it', async () => {
    const { docker } = cliWorld(7);
    await docker('docker pull -q debian');
    expect(await docker('docker run --rm debian apt-get install -y curl')).toEqual({ stdout: 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n', stderr: 'E: Unable to locate package curl\n', exitCode: 100 });
    const r = await docker('docker run --rm debian sh -c "apt-get update && apt-get install -y --no-install-recommends jq && which jq && grep -c ^Package: /var/lib/dpkg/status"');
    expect(r.stdout).toBe(
      [
        'Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]',
        'Get:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]',
        'Get:3 http://deb.debian.org/debian-security bookworm-security InRelease [48.0 kB]',
        'Get:4 http://deb.debian.org/debian bookworm/main amd64 Packages [8792 kB]',
        'Get:5 http://deb.debian.org/debian bookworm-updates/main amd64 Packages [13.5 kB]',
        'Get:6 http://deb.debian.org/debian-security bookworm-security/main amd64 Packages [246 kB]',
        'Fetched 9306 kB in 1s (9306 kB/s)',
        'Reading package lists...',
        'Reading package lists...',
        'Building dependency tree...',
        'Reading state information...',
        'The following additional packages will be installed:',
        '  libjq1 libonig5',
        'The following NEW packages will be installed:',
        '  jq libjq1 libonig5',
        '0 upgraded, 3 newly installed, 0 to remove and 0 not upgraded.',
        'Need to get 416 kB of archives.',
        'After this operation, 1190 kB of additional disk space will be used.',
        'Get:1 http://deb.debian.org/debian bookworm/main amd64 libonig5 amd64 6.9.8-1 [246 kB]',
        'Get:2 http://deb.debian.org/debian bookworm/main amd64 libjq1 amd64 1.6-2.1 [134 kB]',
        'Get:3 http://deb.debian.org/debian bookworm/main amd64 jq amd64 1.6-2.1 [36.6 kB]',
        'Fetched 416 kB in 1s (416 kB/s)',
        'Selecting previously unselected package libonig5.',
        '(Reading database ... 6198 files and directories currently installed.)',
        'Preparing to unpack .../00-libonig5_6.9.8-1_amd64.deb ...',
        'Unpacking libonig5 (6.9.8-1) ...',
        'Selecting previously unselected package libjq1.',
        'Preparing to unpack .../01-libjq1_1.6-2.1_amd64.deb ...',
        'Unpacking libjq1 (1.6-2.1) ...',
        'Selecting previously unselected package jq.',
        'Preparing to unpack .../02-jq_1.6-2.1_amd64.deb ...',
        'Unpacking jq (1.6-2.1) ...',
        'Setting up libonig5 (6.9.8-1) ...',
        'Setting up libjq1 (1.6-2.1) ...',
        'Setting up jq (1.6-2.1) ...',
        'Processing triggers for libc-bin (2.36-9+deb12u9) ...',
        '/usr/bin/jq',
        '13',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('debconf: delaying package configuration, since apt-utils is not installed\n');
  });

  it('asks before installing extra packages without -y and aborts when nobody answers', async () => {
    const { docker } = cliWorld(8);
    await docker('docker pull -q debian');
    const r = await docker('docker run --rm debian sh -c "apt-get update >/dev/null && apt-get install jq; echo status=$?"');
    expect(r.stdout).toMatch(/After this operation, 1190 kB of additional disk space will be used\.\nDo you want to continue\? \[Y\/n\] Abort\.\nstatus=1\n$/);
    expect((await docker('docker run --rm debian apt install -y nosuch')).stderr).toBe('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\nE: Unable to locate package nosuch\n');
  });

  it.each([
    [0, '0 '],
    [999, '999 '],
    [55_400, '55.4 k'],
    [151_000, '151 k'],
    [8_792_000, '8792 k'],
    [19_300_000, '19.3 M'],
  ])('sizes %i bytes as apt does: %s', (bytes, text) => {
    expect(sizeToStr(bytes)).toBe(text);
  });
});
