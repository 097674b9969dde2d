#!/usr/bin/env node
/**
 * @module
 * The `dockersim` command. For now it starts a seeded world and prints what its daemon reports
 * (`docker version`, then an info summary); `serve` and the interactive shell arrive with their
 * issues.
 */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
