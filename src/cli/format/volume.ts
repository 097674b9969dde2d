/**
 * @module
 * `docker volume ls` output (docker/cli `formatter/volume.go`, `volume/list.go`): volumes in
 * natural name order, `DRIVER VOLUME NAME`, `-q`
 * (names), `raw`, `json` and templates over Name, Driver, Scope, Mountpoint, Labels, Label,
 * Links, Size (`N/A` without usage data) and the cluster fields.
 */
import type { Volume } from '../../volume/record.js';
import { byNaturalName } from './natural-sort.js';
import { joinLabels, RAW_FORMAT_KEY, rowContext, TABLE_FORMAT_KEY, writeRows, type HeaderMap } from './formatter.js';
import { humanSize } from './units.js';

/** What `docker volume ls` reads of a volume (Engine API `Volume`). */
export type VolumeSummary = Volume;

const HEADER: HeaderMap = {
  ID: 'ID',
  Name: 'VOLUME NAME',
  Group: 'GROUP',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  Availability: 'AVAILABILITY',
  Mountpoint: 'MOUNTPOINT',
  Labels: 'LABELS',
  Links: 'LINKS',
  Size: 'SIZE',
  Status: 'STATUS',
};

/** `formatter.NewVolumeFormat`. */
export function volumeFormat(source: string, quiet: boolean): string {
  if (source === TABLE_FORMAT_KEY) return quiet ? '{{.Name}}' : 'table {{.Driver}}\t{{.Name}}';
  if (source === RAW_FORMAT_KEY) return quiet ? 'name: {{.Name}}' : 'name: {{.Name}}\\ndriver: {{.Driver}}\\n';
  return source;
}

/** What `docker volume ls` prints. */
export function formatVolumes(volumes: readonly VolumeSummary[], options: { readonly format?: string; readonly quiet?: boolean } = {}): string {
  // docker sorts volumes by name (natural order) before printing them.
  const rows = [...volumes].sort(byNaturalName((v) => v.Name)).map((v) =>
    rowContext('*formatter.volumeContext', {
      Name: () => v.Name,
      Driver: () => v.Driver,
      Scope: () => v.Scope,
      Mountpoint: () => v.Mountpoint,
      Labels: () => joinLabels(v.Labels),
      Label: (name: string) => v.Labels?.[name] ?? '',
      Links: () => (v.UsageData ? String(v.UsageData.RefCount) : 'N/A'),
      Size: () => (v.UsageData ? humanSize(v.UsageData.Size) : 'N/A'),
      Group: () => 'N/A',
      Availability: () => 'N/A',
      Status: () => 'N/A',
    }),
  );
  return writeRows(volumeFormat(options.format || TABLE_FORMAT_KEY, options.quiet ?? false), HEADER, rows);
}
