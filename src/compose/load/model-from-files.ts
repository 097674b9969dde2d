/**
 * @module
 * From compose files to one canonical model (compose-go `loadYamlModel`): each document of each
 * file is interpolated, its `include`s imported and `extends` applied, then merged over what came
 * before (after its `!reset`s), deduplicated, validated against the schema and rewritten to
 * canonical form; finally defaults are filled in, model rules checked and paths made absolute.
 * Errors carry compose's texts and file names.
 */
import { DockerError } from '../../core/errors.js';
import { fileNotFound, failedToParse, topLevelNotMapping, validating } from '../../core/messages/compose.js';
import { dirPath } from '../../core/go-path.js';
import { type ParsedDocument, parseComposeYaml, YamlError } from '../yaml/parse.js';
import { toCanonical } from './canonical.js';
import { checkModel } from './check-model.js';
import { cloneJson, type Dict, dictAt, isDict } from './dict.js';
import { addDotEnv } from './environment.js';
import { applyExtends, type ExtendedFile } from './extends.js';
import type { ComposeFileReader } from './files.js';
import { applyInclude, type IncludeRequest } from './include.js';
import { interpolate } from './interpolate.js';
import { mergeDocuments } from './merge.js';
import { applyResets } from './resets.js';
import { setDefaultValues } from './defaults.js';
import { resolveRelativePaths } from './paths.js';
import { schemaViolation } from './schema.js';
import { enforceUnicity } from './unicity.js';

/** A compose file read and parsed. */
export interface ParsedFile {
  readonly path: string;
  readonly documents: readonly ParsedDocument[];
}

/** How to build the model. */
export interface ModelOptions {
  /** Variables for interpolation. */
  readonly env: ReadonlyMap<string, string>;
  readonly interpolate: boolean;
  /** The project directory: relative paths, `extends.file` and `include` resolve against it. */
  readonly workingDir: string;
  readonly home: string | undefined;
  readonly reader: ComposeFileReader;
  readonly warn: (message: string) => void;
}

/** Parses a file's text; YAML errors become `failed to parse <file>: …`. */
export function parseFile(path: string, content: string): ParsedFile {
  try {
    return { path, documents: parseComposeYaml(content) };
  } catch (e) {
    if (e instanceof YamlError) throw e.bare ? new DockerError('InvalidParameter', e.message) : failedToParse(path, e.message);
    throw e;
  }
}

/** Reads and parses a file through the reader. */
function readFile(path: string, reader: ComposeFileReader): ParsedFile {
  const content = reader.readFile(path);
  if (content === undefined) throw fileNotFound('open', path);
  return parseFile(path, content);
}

/** Runs a step, turning its plain errors into compose's invalid-project errors. */
export function step<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof DockerError) throw e;
    throw new DockerError('InvalidParameter', (e as Error).message);
  }
}

/** compose-go `OmitEmpty`: empty `dns` entries are dropped. */
function omitEmpty(model: Dict): void {
  for (const service of Object.values(dictAt(model, 'services') ?? {})) {
    if (isDict(service) && Array.isArray(service.dns)) service.dns = service.dns.filter((d) => d !== null && d !== '');
  }
}

/** The base of an `extends.file`: interpolated, merged and canonical, without validation, paths resolved to its directory. */
function extendedFile(path: string, options: ModelOptions): ExtendedFile {
  const file = readFile(path, options.reader);
  let model: Dict = {};
  let resetPaths: readonly (readonly string[])[] = [];
  for (const doc of file.documents) {
    if (!isDict(doc.value)) throw topLevelNotMapping();
    const config = options.interpolate ? interpolate(doc.value, { lookup: (k) => options.env.get(k), warn: options.warn }) : doc.value;
    model = step(() => enforceUnicity(mergeDocuments(applyResets(model, doc.resetPaths) as Dict, config)));
    model = step(() => enforceUnicity(toCanonical(cloneJson(model), { warn: options.warn, lenient: !options.interpolate })));
    resetPaths = doc.resetPaths;
  }
  return { model: step(() => resolveRelativePaths(model, dirPath(path), options.home)), resetPaths };
}

/** Loads an included application as its own model. */
function includedModel(req: IncludeRequest, included: readonly string[], options: ModelOptions): Dict {
  const env = new Map(options.env);
  addDotEnv(env, options.reader, req.projectDir, req.envFiles, req.projectDir);
  const files = req.paths.map((p) => readFile(p, options.reader));
  return modelFromFiles(files, { ...options, env, workingDir: req.projectDir }, included);
}

function addDocument(model: Dict, file: string, doc: ParsedDocument, options: ModelOptions, included: readonly string[], warned: Set<string>): Dict {
  if (!isDict(doc.value)) throw topLevelNotMapping();
  const config = options.interpolate ? interpolate(doc.value, { lookup: (k) => options.env.get(k), warn: options.warn }) : doc.value;
  step(() =>
    applyInclude(config, doc.resetPaths, {
      workingDir: options.workingDir,
      included: [...included, file],
      exists: (p) => options.reader.readFile(p) !== undefined,
      load: (req, chain) => includedModel(req, chain, options),
    }),
  );
  step(() => applyExtends(config, doc.resetPaths, { file, projectDir: options.workingDir, loadFile: (p) => extendedFile(p, options) }));
  let merged = step(() => enforceUnicity(mergeDocuments(applyResets(model, doc.resetPaths) as Dict, config)));
  const violation = schemaViolation(merged);
  if (violation !== undefined) throw validating(file, violation);
  if (Object.hasOwn(merged, 'version')) {
    if (!warned.has(file)) options.warn(`${file}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
    warned.add(file);
    delete merged.version;
  }
  merged = step(() => toCanonical(cloneJson(merged), { warn: options.warn, lenient: !options.interpolate }));
  omitEmpty(merged);
  return step(() => enforceUnicity(merged));
}

/** Builds the merged, canonical, defaulted model of the files. */
export function modelFromFiles(files: readonly ParsedFile[], options: ModelOptions, included: readonly string[] = []): Dict {
  let model: Dict = {};
  const warned = new Set<string>();
  for (const file of files) for (const doc of file.documents) model = addDocument(model, file.path, doc, options, included, warned);
  setDefaultValues(model);
  step(() => checkModel(model));
  return step(() => resolveRelativePaths(model, options.workingDir, options.home));
}
