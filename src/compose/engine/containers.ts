/**
 * @module
 * A project's containers as Compose finds them (docker/compose `pkg/compose/containers.go`): by
 * the `com.docker.compose.project` label, one-off (`compose run`) containers included, excluded
 * or alone, optionally restricted to services; and the names Compose shows for them
 * (`app-web-1`, or `web-1` without the project in log prefixes).
 */
import type { ContainerSummary } from '../../container/summary.js';
import { LABELS } from '../labels.js';
import type { ComposeSession } from './session.js';

/** Which one-off containers a listing keeps. */
export type OneOff = 'include' | 'exclude' | 'only';

/** Options of {@link projectContainers}. */
export interface ContainerQuery {
  readonly oneOff?: OneOff;
  /** Stopped containers too; default true. */
  readonly all?: boolean;
  /** Only these services' containers. */
  readonly services?: readonly string[];
}

/** The name Docker lists first without a `/` inside (links add `/other/alias` names). */
export function canonicalName(c: Pick<ContainerSummary, 'Names'>): string {
  const plain = c.Names.find((n) => n.lastIndexOf('/') === 0) ?? c.Names[0] ?? '';
  return plain.startsWith('/') ? plain.slice(1) : plain;
}

/** `web-1` for `app-web-1` (Compose `getContainerNameWithoutProject`). */
export function nameWithoutProject(c: Pick<ContainerSummary, 'Names' | 'Labels'>): string {
  const name = canonicalName(c);
  const project = c.Labels?.[LABELS.project] ?? '';
  const service = c.Labels?.[LABELS.service] ?? '';
  for (const sep of ['_', '-']) if (name.startsWith(`${project}${sep}${service}${sep}`)) return name.slice(project.length + 1);
  return name;
}

/** The service a container belongs to. */
export const serviceOf = (c: Pick<ContainerSummary, 'Labels'>): string => c.Labels?.[LABELS.service] ?? '';

/** The replica number from the label (0 when absent). */
export const numberOf = (c: Pick<ContainerSummary, 'Labels'>): number => Number(c.Labels?.[LABELS.containerNumber] ?? '0') || 0;

/** True for `compose run` containers. */
export const isOneOff = (c: Pick<ContainerSummary, 'Labels'>): boolean => c.Labels?.[LABELS.oneoff] === 'True';

/** Sorted by canonical name (Compose's `Containers.sorted`). */
export function byName<T extends Pick<ContainerSummary, 'Names'>>(containers: readonly T[]): T[] {
  return [...containers].sort((a, b) => (canonicalName(a) < canonicalName(b) ? -1 : canonicalName(a) > canonicalName(b) ? 1 : 0));
}

/** The project's containers (Compose `getContainers`). */
export async function projectContainers(session: ComposeSession, projectName: string, query: ContainerQuery = {}): Promise<ContainerSummary[]> {
  const label = [`${LABELS.project}=${projectName}`];
  const oneOff = query.oneOff ?? 'exclude';
  if (oneOff === 'exclude') label.push(`${LABELS.oneoff}=False`);
  if (oneOff === 'only') label.push(`${LABELS.oneoff}=True`);
  const list = await session.client.containerList({ all: query.all ?? true, filters: { label } });
  const services = query.services;
  return services && services.length > 0 ? list.filter((c) => services.includes(serviceOf(c))) : list;
}
