import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAllDocuments, LineCounter } from 'yaml';
import { parseComposeYaml } from './yaml/parse.js';
it('perf', () => {
  const text = readFileSync('test/fixtures/compose/full.compose.yaml', 'utf8');
  const N = 300;
  for (let i = 0; i < 50; i++) parseComposeYaml(text);
  let t = performance.now(); for (let i = 0; i < N; i++) parseAllDocuments(text, { schema: 'failsafe', lineCounter: new LineCounter(), uniqueKeys: false, strict: false }); console.log('yaml lib', ((performance.now() - t) / N).toFixed(3), 'ms');
  t = performance.now(); for (let i = 0; i < N; i++) parseComposeYaml(text); console.log('ours', ((performance.now() - t) / N).toFixed(3), 'ms');
});
