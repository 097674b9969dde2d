#!/usr/bin/env node
/**
 * @module
 * The `dockersim` command: on a terminal, a shell on a simulated Docker host; `dockersim shell`
 * runs a script from stdin too; `dockersim serve` serves a simulated daemon to real clients;
 * without a terminal, `dockersim` alone prints what a seeded daemon reports.
 */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
