/**
 * @module
 * The `com.docker.compose.*` labels Compose puts on what it creates, by which it finds a
 * project's containers, networks and volumes again (docker/compose `pkg/api/labels.go`).
 */
import { serviceConfigHash } from './config/hash.js';
import type { ComposeProject, NetworkConfig, VolumeConfig } from './model/project.js';
import type { ComposeService } from './model/service.js';

/** The label keys. */
export const LABELS = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  configHash: 'com.docker.compose.config-hash',
  containerNumber: 'com.docker.compose.container-number',
  volume: 'com.docker.compose.volume',
  network: 'com.docker.compose.network',
  workingDir: 'com.docker.compose.project.working_dir',
  configFiles: 'com.docker.compose.project.config_files',
  environmentFile: 'com.docker.compose.project.environment_file',
  oneoff: 'com.docker.compose.oneoff',
  slug: 'com.docker.compose.slug',
  image: 'com.docker.compose.image',
  dependsOn: 'com.docker.compose.depends_on',
  version: 'com.docker.compose.version',
  replace: 'com.docker.compose.replace',
} as const;

/** The Compose version dockersim's Compose reports (`com.docker.compose.version`, `docker compose version`). */
export const COMPOSE_VERSION = '2.36.2';

/** Options of {@link containerLabels}. */
export interface ContainerLabelOptions {
  /** Replica number; omitted for one-off containers. */
  readonly number?: number;
  /** A `compose run` container: its slug (64 hex). */
  readonly oneOffSlug?: string;
  /** `--env-file` paths given to the command. */
  readonly envFiles?: readonly string[];
  /** The image id the container runs (`com.docker.compose.image`). */
  readonly imageId?: string;
  /** The name of the container this one replaces (`com.docker.compose.replace`). */
  readonly replaces?: string;
}

/** `dep:condition:restart` entries, comma-joined (sorted; Compose uses map order). */
export function dependsOnLabel(service: ComposeService): string {
  return Object.keys(service.depends_on ?? {})
    .sort()
    .map((dep) => {
      const d = service.depends_on![dep]!;
      return `${dep}:${d.condition}:${d.restart === true}`;
    })
    .join(',');
}

/** Every label of a service container: the service's own `labels`, then Compose's. */
export function containerLabels(project: ComposeProject, service: ComposeService, options: ContainerLabelOptions = {}): Record<string, string> {
  const labels: Record<string, string> = { ...service.labels };
  labels[LABELS.project] = project.name;
  labels[LABELS.service] = service.name;
  labels[LABELS.version] = COMPOSE_VERSION;
  labels[LABELS.workingDir] = project.workingDir;
  labels[LABELS.configFiles] = project.composeFiles.join(',');
  labels[LABELS.oneoff] = options.oneOffSlug === undefined ? 'False' : 'True';
  if (options.oneOffSlug !== undefined) labels[LABELS.slug] = options.oneOffSlug;
  if (options.envFiles !== undefined && options.envFiles.length > 0) labels[LABELS.environmentFile] = options.envFiles.join(',');
  if (options.imageId !== undefined) labels[LABELS.image] = options.imageId;
  labels[LABELS.configHash] = serviceConfigHash(service);
  if (options.number !== undefined && options.oneOffSlug === undefined) labels[LABELS.containerNumber] = String(options.number);
  labels[LABELS.dependsOn] = dependsOnLabel(service);
  if (options.replaces !== undefined) labels[LABELS.replace] = options.replaces;
  return labels;
}

/** The labels of a project network: its own, then Compose's. */
export function networkLabels(projectName: string, key: string, network: NetworkConfig): Record<string, string> {
  return { ...network.labels, [LABELS.network]: key, [LABELS.project]: projectName, [LABELS.version]: COMPOSE_VERSION };
}

/** The labels of a project volume: its own, then Compose's. */
export function volumeLabels(projectName: string, key: string, volume: VolumeConfig): Record<string, string> {
  return { ...volume.labels, [LABELS.volume]: key, [LABELS.project]: projectName, [LABELS.version]: COMPOSE_VERSION };
}
