/**
 * @module
 * The Dockerfile front end of the builder: parsing (BuildKit's parser, byte for byte), typed
 * instructions, variable substitution, build-context matching (`.dockerignore`, COPY sources,
 * checksums) and the classic builder's plan and output texts; and the classic builder itself
 * (`classic/`): contexts, RUN in containers, COPY/ADD layers, Docker's layer cache, the service.
 */
export { parseDockerfile, type ParseOptions } from './dockerfile/parser.js';
export { DockerfileError } from '../core/messages/dockerfile.js';
export { BadPatternError } from './go/match.js';
export { dumpDockerfile, dumpNode } from './dockerfile/dump.js';
export { detectSyntax, parseDirective, type Directive, type DirectiveValue } from './dockerfile/directives.js';
export type { DockerfileNode, Heredoc, ParsedDockerfile, ParseWarning } from './dockerfile/node.js';
export { parseStages, findStage } from './instructions/stages.js';
export { parseInstruction, isStage, INSTRUCTIONS } from './instructions/parse.js';
export { expandInstruction, expandHeredocContents, type Expander } from './instructions/expand.js';
export { parseMount } from './instructions/run-mount.js';
export { parseOnbuildTrigger } from './instructions/onbuild.js';
export type * from './instructions/types.js';
export { ShellLex, type ShellLexOptions, type ShellWordResult } from './shell/lex.js';
export { envFromList, envFromRecord, EMPTY_ENV, type Env } from './shell/env.js';
export { readDockerignore } from './context/dockerignore.js';
export { PatternMatcher, IgnorePatternError, matches, matchesOrParentMatches, NO_PARENT, type ParentMatchInfo } from './context/matcher.js';
export { IgnorePattern, type PatternMatchType } from './context/pattern.js';
export { normalizeListing, compareWalkOrder, type ContextEntry } from './context/listing.js';
export { filterContext, validateContext, trimBuildFilesFromExcludes, removeIgnoredBuildFiles } from './context/send.js';
export {
  indexSources,
  resolveCopySources,
  resolveInScope,
  combinedSourceHash,
  containsWildcards,
  isUrl,
  type SourceIndex,
  type CopySource,
  type ResolvedSources,
  type ResolveOptions,
} from './context/sources.js';
export { normalizeCopyDest, copyPlacements, type CopyPlacement } from './context/destination.js';
export { tarSumV1, contextEntrySum, hashStringSlice, type TarSumHeader } from './context/tarsum.js';
export { BuildArgs, BUILTIN_BUILD_ARGS, type BuildArgValue } from './plan/build-args.js';
export {
  type RunConfig,
  EMPTY_RUN_CONFIG,
  DEFAULT_PATH,
  DEFAULT_SHELL,
  beginStageConfig,
  shellOf,
  classicCacheKey,
} from './plan/run-config.js';
export {
  applyMetadata,
  planRun,
  checkClassicCopy,
  expansionEnv,
  normalizeWorkdir,
  resolveCommandLine,
  type StageState,
  type MetadataInstruction,
  type MetadataStep,
  type RunStep,
  type PlanRunOptions,
} from './plan/dispatch.js';
export { nopCommand, nopCommandString, createdBy, copyComment, prependEnvOnCmd, formatHealthConfig, formatCommand } from './plan/history.js';
export { classicStages, buildkitStages, resolveFrom, resolveCopyFrom, checkStageName, type BuiltStage, type FileSource } from './plan/stages.js';
export { planClassicBuild, stepText, stepLine, labelFromOption, type ClassicPlan, type ClassicStep, type ClassicPlanOptions } from './plan/steps.js';
export { legacy as classicBuildOutput, renderLegacyStream, encodeBuildStream, type BuildMessage } from './plan/legacy-stream.js';
export { stageVertices, vertexName, vertexText, vertexLine, uppercaseCmd, hasVertex, type StageVertices } from './plan/vertex.js';
export { progressFromPlan, updateStep, type ProgressStep, type StepStatus } from './plan/progress.js';
export { exposedPortKeys } from './plan/ports.js';
export { validateStopSignal } from './plan/signals.js';
export { contextTree, CONTEXT_EPOCH, type BuildContextInput, type ContextFileSpec } from './classic/context-input.js';
export { contextToSend, openContext, listTree, DEFAULT_DOCKERFILE, type BuildContext, type OpenedContext } from './classic/context.js';
export type { ClassicBuildOptions, ClassicBuildResult } from './classic/options.js';
export { BuildService, type BuildRun, type BuildPruneResponse } from './classic/service.js';
export { prepareBuild, runClassicBuild, type PreparedBuild, type ProgressListener } from './classic/builder.js';
export { probeCache } from './classic/cache.js';
export { commitStep, clampTimes, type StepCommit } from './classic/commit-step.js';
export { copyLayer, type CopyRequest, type CopyOrigin } from './classic/copy.js';
export { resolveChown, type Identity } from './classic/chown.js';
export { runConfigOf, imageConfigOf as imageConfigOfRun, storedContainerConfig } from './classic/step-config.js';
export { StepFailedError, type BuildServices, type BuildSession, type StageRun } from './classic/session.js';
