import * as fs from 'node:fs';
import path from 'node:path';
import { SHARED_FOLDER } from '../../support/shared-folder';
import { Ajv, type ValidateFunction } from 'ajv';

/** The W3C Web Annotation Working Group's test assertions (JSON Schema draft-04), as copied into the shared corpora. */
export const W3C_SCHEMAS = path.join(SHARED_FOLDER ?? path.resolve(import.meta.dirname, '../../../../shared'), 'corpora/w3c-annotation-schemas');

/** True when the W3C test material is on this machine; tests that need it run only then. */
export const HAS_W3C_SCHEMAS = SHARED_FOLDER !== null;

/** One failed assertion: its file and the message the working group wrote for it. */
export interface AssertionFailure {
  assertion: string;
  message: string;
}

/**
 * Ajv 8 reads draft-07 and later; the assertions are draft-04. Only what differs in these files is
 * translated: `id` → `$id` at the top of each schema, boolean `exclusiveMinimum` → a number, and the
 * `$schema` keys dropped. Nothing of the assertions' logic is changed.
 */
function fromDraft4(schema: Record<string, unknown>, isRoot: boolean): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue;
    if (isRoot && key === 'id') {
      copy.$id = value;
      continue;
    }
    copy[key] = translate(value);
  }
  if (copy.exclusiveMinimum === true && typeof copy.minimum === 'number') {
    copy.exclusiveMinimum = copy.minimum;
    delete copy.minimum;
  }
  return copy;
}

function translate(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(translate);
  if (typeof value === 'object' && value !== null) return fromDraft4(value as Record<string, unknown>, false);
  return value;
}

function readSchema(file: string): Record<string, unknown> {
  return fromDraft4(JSON.parse(fs.readFileSync(path.join(W3C_SCHEMAS, file), 'utf8')) as Record<string, unknown>, true);
}

/** RFC 3986: a scheme, a colon, then characters a URI may hold. */
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/;
/** RFC 3339 date-time (xsd:dateTime with a zone), as the model requires for created/modified. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The MUST assertions of one manifest (`annotations/annotationMusts.test`, …), compiled. `check`
 * answers the assertions a document fails, with the working group's error messages.
 */
export function loadMustAssertions(manifest: string): { count: number; check: (document: unknown) => AssertionFailure[] } {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', URI);
  ajv.addFormat('date-time', DATE_TIME);
  for (const name of fs.readdirSync(path.join(W3C_SCHEMAS, 'definitions'))) ajv.addSchema(readSchema(path.join('definitions', name)));
  const { assertions } = JSON.parse(fs.readFileSync(path.join(W3C_SCHEMAS, manifest), 'utf8')) as { assertions: string[] };
  const compiled: { assertion: string; message: string; validate: ValidateFunction }[] = assertions.map((assertion) => {
    const schema = readSchema(assertion);
    const { assertionType, expectedResult, onUnexpectedResult, errorMessage, ...rest } = schema;
    if (assertionType !== 'must' || expectedResult !== 'valid') throw new Error(`${assertion} is not a MUST assertion expecting "valid" (${String(assertionType)}, ${String(onUnexpectedResult)})`);
    return { assertion, message: String(errorMessage), validate: ajv.compile(rest) };
  });
  return {
    count: compiled.length,
    check: (document) => compiled.filter(({ validate }) => !validate(document)).map(({ assertion, message }) => ({ assertion, message })),
  };
}
