import * as fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import type { Configuration } from 'electron-builder';
import { parse } from 'yaml';

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** The text of electron-builder.yml as committed. */
export const BUILDER_YAML = fs.readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8');

/** electron-builder.yml, parsed. */
export const builderConfig = parse(BUILDER_YAML) as Configuration;

// The options electron-builder itself validates with (app-builder-lib/out/util/config/schemaValidator.js),
// so a config that passes here passes there.
const ajv = new Ajv({ allErrors: true, coerceTypes: true, strict: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object);

/** The schema errors of a parsed config, as "path: message" lines; empty when it is valid. */
export function schemaErrors(config: unknown): string[] {
  if (validate(structuredClone(config))) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'}: ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
