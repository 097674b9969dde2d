/**
 * @module
 * Compose in dockersim: loading compose.yaml projects exactly as `docker compose` does (files,
 * `.env`, interpolation, merging, validation, normalization, profiles), `docker compose config`
 * output, the config hash and `com.docker.compose.*` labels, Compose's names for containers,
 * networks and volumes, and the dependency order `up` and `down` follow.
 *
 * ```ts
 * import { compose } from 'dockersim';
 * const { project } = compose.loadProject({
 *   workingDir: '/src/app',
 *   files: [{ path: 'compose.yaml', content: 'services:\n  web:\n    image: nginx\n' }],
 * });
 * compose.renderConfig(project); // what `docker compose config` prints
 * ```
 */
export { loadProject, loadModel } from './load/load-project.js';
export type { LoadProjectOptions, LoadedProject } from './load/load-options.js';
export { type ComposeFile, type ComposeFileReader, memoryReader, DEFAULT_FILE_NAMES, DEFAULT_OVERRIDE_FILE_NAMES } from './load/files.js';
export { normalizeProjectName, isValidProjectName } from './load/project-name.js';
export { checkContainerNameUnicity } from './load/consistency.js';
export { parseDotEnv } from './load/dotenv.js';
export { substitute, escapeDollars, InvalidTemplateError, MissingRequiredError, type Lookup } from './load/template.js';
export type { ComposeProject, NetworkConfig, VolumeConfig, IpamPool } from './model/project.js';
export { type ComposeService, serviceScale, withScale } from './model/service.js';
export type {
  PortConfig,
  VolumeMount,
  BindOptions,
  VolumeOptions,
  ServiceNetwork,
  Dependency,
  DependencyCondition,
  HealthcheckConfig,
  BuildConfig,
  DeployConfig,
  ResourceAmounts,
  EnvFileRef,
  LoggingConfig,
} from './model/service-parts.js';
export { renderConfig, renderModel, type ConfigFormat } from './config/render.js';
export { serviceConfigHash } from './config/hash.js';
export { LABELS, COMPOSE_VERSION, containerLabels, networkLabels, volumeLabels, dependsOnLabel, type ContainerLabelOptions } from './labels.js';
export { COMPOSE_SEPARATOR, containerName, oneOffContainerName, serviceImageName, networkName, volumeName, replicaNumber } from './naming.js';
export { dependencyLevels, dependencyOrder, reverseDependencyOrder, selectServices } from './order.js';
export { parseGoDuration, formatGoDuration } from './go/duration.js';

// Running projects: the typed API and its parts.
export { project, ComposeApp, type ComposeProjectIO } from './engine/project.js';
export { ComposeSession, type ComposeIO, type Sleeper } from './engine/session.js';
export { createProgress, progressEvent, type ProgressEvent, type ProgressMode, type ProgressStatus, type ProgressWriter } from './engine/progress.js';
export { LogPrinter, type LogPrinterOptions } from './engine/log-printer.js';
export { listProjects, type ProjectSummary } from './engine/ls.js';
export { eventText, eventJson, type ComposeEvent } from './engine/events.js';
export { canonicalName, nameWithoutProject } from './engine/containers.js';
export type { UpOptions, CreateOptions } from './engine/up.js';
export type { DownOptions } from './engine/down.js';
export type { PsOptions, ComposeContainer } from './engine/ps.js';
export type { LogsOptions } from './engine/logs.js';
export type { ExecOptions } from './engine/exec.js';
export type { RunOptions } from './engine/run.js';
export type { RmOptions, ServiceSelection } from './engine/stop.js';
export type { PullOptions, BuildOptions } from './engine/publish.js';
export type { ContainerImage, ContainerProcesses } from './engine/inspect-views.js';
export type { BuildContextReader, BuildContextFiles, ImageOptions } from './engine/images.js';
