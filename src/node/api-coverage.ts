#!/usr/bin/env node
/**
 * @module
 * `npm run api-coverage`: writes docs/api-coverage.md from the route table (which Engine API
 * v1.50 operations dockersim serves). test/engine-api/routes.test.ts checks the file is current.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderCoverage } from '../engine-api/coverage.js';

const target = resolve(process.argv[2] ?? 'docs/api-coverage.md');
writeFileSync(target, renderCoverage());
process.stdout.write(`wrote ${target}\n`);
