/**
 * @module
 * docs/api-coverage.md, rendered from the route table: every operation of the Engine API v1.50
 * spec and whether dockersim serves it (`npm run api-coverage` writes it; a test keeps it current).
 */
import { ROUTES, type Route, type RouteStatus } from './routes.js';

const LABEL: { readonly [S in RouteStatus]: string } = {
  implemented: 'implemented',
  'not-supported': '501 — not supported by design',
  pending: 'not yet (501)',
};

/** The coverage page for `routes` (default the daemon's). */
export function renderCoverage(routes: readonly Route[] = ROUTES): string {
  const spec = routes.filter((r) => r.inSpec);
  const count = (status: RouteStatus) => spec.filter((r) => r.status === status).length;
  const tags = [...new Set(spec.map((r) => r.tag))].sort();
  let out = '# Engine API coverage\n\n';
  out += '<!-- Generated from src/engine-api/routes.ts by `npm run api-coverage`; do not edit. -->\n\n';
  out += 'Operations of the Docker Engine API v1.50 spec and how dockersim serves them. Unversioned paths ';
  out += 'and `/v1.24`…`/v1.50` prefixes are accepted for every operation.\n\n';
  out += `| | operations |\n|---|---|\n`;
  out += `| implemented | ${count('implemented')} |\n`;
  out += `| not supported by design (swarm mode, plugins, BuildKit sessions) | ${count('not-supported')} |\n`;
  out += `| not yet | ${count('pending')} |\n`;
  out += `| **total** | **${spec.length}** |\n`;
  for (const tag of tags) {
    out += `\n## ${tag}\n\n| operation | method | path | status |\n|---|---|---|---|\n`;
    for (const r of spec.filter((route) => route.tag === tag)) out += `| ${r.operationId} | ${r.method} | \`${r.path}\` | ${LABEL[r.status]} |\n`;
  }
  return out;
}
