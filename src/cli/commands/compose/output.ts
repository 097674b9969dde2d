/**
 * @module
 * `docker compose` list outputs: `ps` (`NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS`), `ls`
 * (`NAME STATUS CONFIG FILES`), `images` (`CONTAINER REPOSITORY TAG IMAGE ID SIZE`) and `top`
 * (each container's name, then its processes), through docker's formatter and tabwriter.
 */
import type { ComposeContainer, ContainerImage, ContainerProcesses, ProjectSummary } from '../../../compose/index.js';
import { containerContext } from '../../format/container.js';
import { rowContext, writeRows } from '../../format/formatter.js';
import { tabwrite, TABLE_WRITER } from '../../format/tabwriter.js';
import { humanSizeWithPrecision } from '../../format/units.js';

const PS_TABLE = 'table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}';
const PS_HEADER = { Name: 'NAME', Image: 'IMAGE', Command: 'COMMAND', Service: 'SERVICE', RunningFor: 'CREATED', Status: 'STATUS', Ports: 'PORTS', ID: 'CONTAINER ID', State: 'STATE', Project: 'PROJECT', Names: 'NAMES', Labels: 'LABELS' };

/** `compose ps` output for `rows`. */
export function formatPs(rows: readonly ComposeContainer[], options: { readonly format: string; readonly quiet: boolean; readonly services: boolean; readonly trunc: boolean; readonly now: number }): string {
  if (options.quiet) return rows.map((r) => `${options.trunc ? r.Id.slice(0, 12) : r.Id}\n`).join('');
  if (options.services) return [...new Set(rows.map((r) => r.Service))].map((s) => `${s}\n`).join('');
  const format = options.format === 'table' || options.format === '' ? PS_TABLE : options.format;
  const contexts = rows.map((r) => ({
    ...containerContext(r, { trunc: options.trunc, now: options.now }),
    Name: () => r.Name,
    Service: () => r.Service,
    Project: () => r.Project,
  }));
  return writeRows(format, PS_HEADER, contexts);
}

/** `compose ls` output. */
export function formatLs(projects: readonly ProjectSummary[], options: { readonly format: string; readonly quiet: boolean }): string {
  if (options.quiet) return projects.map((p) => `${p.Name}\n`).join('');
  if (options.format === 'json') return `${JSON.stringify(projects)}\n`;
  const rows = projects.map((p) => rowContext('ls.stack', { Name: () => p.Name, Status: () => p.Status, ConfigFiles: () => p.ConfigFiles }));
  return writeRows(options.format === 'table' ? 'table {{.Name}}\t{{.Status}}\t{{.ConfigFiles}}' : options.format, { Name: 'NAME', Status: 'STATUS', ConfigFiles: 'CONFIG FILES' }, rows);
}

/** `compose images` output. */
export function formatImages(images: readonly ContainerImage[], options: { readonly format: string; readonly quiet: boolean }): string {
  if (options.quiet) return [...new Set(images.map((i) => i.Id.replace(/^sha256:/, '').slice(0, 12)))].map((id) => `${id}\n`).join('');
  if (options.format === 'json') return `${JSON.stringify(images.map((i) => ({ ID: i.Id, ContainerName: i.ContainerName, Repository: i.Repository, Tag: i.Tag, Size: i.Size })))}\n`;
  const lines = images.map((i) => `${i.ContainerName}\t${i.Repository}\t${i.Tag}\t${i.Id.replace(/^sha256:/, '').slice(0, 12)}\t${humanSizeWithPrecision(i.Size, 3)}`);
  return tabwrite(`CONTAINER\tREPOSITORY\tTAG\tIMAGE ID\tSIZE\n${lines.map((l) => `${l}\n`).join('')}`, TABLE_WRITER);
}

/** `compose top` output: per container, its name, its process table, a blank line. */
export function formatTop(containers: readonly ContainerProcesses[]): string {
  return containers
    .map((c) => {
      const table = [c.Titles, ...c.Processes].map((row) => `${row.join('\t')}\n`).join('');
      return `${c.Name}\n${tabwrite(table, TABLE_WRITER)}\n`;
    })
    .join('');
}
