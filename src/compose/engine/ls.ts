/**
 * @module
 * `docker compose ls` (docker/compose `ls.go`): projects found from the labels of containers
 * (running ones unless `--all`), each with its status (`running(2)`, `exited(1), running(1)`) and
 * its config files.
 */
import type { DockerClient } from '../../client/docker-client.js';
import { LABELS } from '../labels.js';

/** One project as `compose ls` shows it. */
export interface ProjectSummary {
  readonly Name: string;
  /** `running(2)`, states sorted, comma-separated. */
  readonly Status: string;
  readonly ConfigFiles: string;
}

/** `compose ls [--all] [--filter name=…]`. */
export async function listProjects(client: DockerClient, options: { readonly all?: boolean; readonly names?: readonly string[] } = {}): Promise<ProjectSummary[]> {
  const containers = await client.containerList({ all: options.all ?? false, filters: { label: [LABELS.project] } });
  const projects = new Map<string, { states: Map<string, number>; files: string }>();
  for (const c of containers) {
    const name = c.Labels[LABELS.project]!;
    const p = projects.get(name) ?? { states: new Map<string, number>(), files: c.Labels[LABELS.configFiles] ?? '' };
    p.states.set(c.State, (p.states.get(c.State) ?? 0) + 1);
    projects.set(name, p);
  }
  const names = [...projects.keys()].sort().filter((n) => !options.names || options.names.length === 0 || options.names.some((f) => n.includes(f)));
  return names.map((Name) => {
    const p = projects.get(Name)!;
    const Status = [...p.states.keys()]
      .sort()
      .map((s) => `${s}(${p.states.get(s)!})`)
      .join(', ');
    return { Name, Status, ConfigFiles: p.files };
  });
}
