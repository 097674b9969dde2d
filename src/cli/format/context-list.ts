/**
 * @module
 * `docker context ls` output (docker/cli `formatter/context.go`): `NAME DESCRIPTION DOCKER
 * ENDPOINT ERROR`, the current context marked ` *`, `-q` (names) and templates.
 */
import { byNaturalName } from './natural-sort.js';
import { ellipsis, rowContext, TABLE_FORMAT_KEY, writeRows } from './formatter.js';

/** One context as `docker context ls` lists it. */
export interface ContextRow {
  readonly Name: string;
  readonly Description: string;
  readonly DockerEndpoint: string;
  readonly Current: boolean;
  readonly Error: string;
}

/** What `docker context ls` prints. */
export function formatContexts(contexts: readonly ContextRow[], options: { readonly format?: string; readonly quiet?: boolean } = {}): string {
  const source = options.format || TABLE_FORMAT_KEY;
  const format = options.quiet ? '{{.Name}}' : source === TABLE_FORMAT_KEY ? 'table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}' : source;
  const rows = [...contexts].sort(byNaturalName((c) => c.Name)).map((c) =>
    rowContext('*formatter.clientContextContext', {
      Current: () => c.Current,
      Name: () => c.Name,
      Description: () => c.Description,
      DockerEndpoint: () => c.DockerEndpoint,
      Error: () => ellipsis(c.Error, 45),
    }),
  );
  return writeRows(format, { Name: 'NAME', Description: 'DESCRIPTION', DockerEndpoint: 'DOCKER ENDPOINT', Error: 'ERROR' }, rows);
}
