/**
 * @module
 * From compose files to one canonical model (compose-go `loadYamlModel`): each document of each
 * file is interpolated, merged over what came before (after its `!reset`s), deduplicated,
 * validated against the schema, rewritten to canonical form; then defaults are filled in, model
 * rules checked and paths made absolute. Errors carry compose's texts and file names.
 */
import { DockerError } from '../../core/errors.js';
import { failedToParse, topLevelNotMapping, validating } from '../../core/messages/compose.js';
import { toCanonical } from './canonical.js';
import { checkModel } from './check-model.js';
import { cloneJson, type Dict, dictAt, isDict } from './dict.js';
import { interpolate } from './interpolate.js';
import { applyResets, mergeDocuments } from './merge.js';
import { setDefaultValues } from './normalize.js';
import { resolveRelativePaths } from './paths.js';
import { schemaViolation } from './schema.js';
import type { Lookup } from './template.js';
import { enforceUnicity } from './unicity.js';
import { type ParsedDocument, parseComposeYaml, YamlError } from '../yaml/parse.js';

/** A compose file read and parsed. */
export interface ParsedFile {
  readonly path: string;
  readonly documents: readonly ParsedDocument[];
}

/** How to build the model. */
export interface ModelOptions {
  readonly lookup: Lookup;
  readonly interpolate: boolean;
  readonly workingDir: string;
  readonly home: string | undefined;
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
    if (isDict(service) && (service.dns === null || service.dns === '')) delete service.dns;
  }
}

function addDocument(model: Dict, file: string, doc: ParsedDocument, options: ModelOptions, warned: Set<string>): Dict {
  if (!isDict(doc.value)) throw topLevelNotMapping();
  const config = options.interpolate ? interpolate(doc.value, { lookup: options.lookup, warn: options.warn }) : doc.value;
  let merged = step(() => enforceUnicity(mergeDocuments(applyResets(model, doc.resetPaths) as Dict, config)));
  const violation = schemaViolation(merged);
  if (violation !== undefined) throw validating(file, violation);
  if (Object.hasOwn(merged, 'version')) {
    if (!warned.has(file)) options.warn(`${file}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
    warned.add(file);
    delete merged.version;
  }
  merged = step(() => toCanonical(cloneJson(merged), options.warn));
  omitEmpty(merged);
  return step(() => enforceUnicity(merged));
}

/** Builds the merged, canonical, defaulted model of the files. */
export function modelFromFiles(files: readonly ParsedFile[], options: ModelOptions): Dict {
  let model: Dict = {};
  const warned = new Set<string>();
  for (const file of files) for (const doc of file.documents) model = addDocument(model, file.path, doc, options, warned);
  setDefaultValues(model);
  step(() => checkModel(model));
  return step(() => resolveRelativePaths(model, options.workingDir, options.home));
}
