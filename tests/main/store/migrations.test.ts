import { describe, expect, it, vi } from 'vitest';
import { LIBRARY_SCHEMA_VERSION } from '../../../src-main/store/library-file';
import { LIBRARY_MIGRATIONS, migrate, type Migration } from '../../../src-main/store/migrations';

/** A step that records which version it saw, so order and input can be checked. */
function recordingStep(name: string): Migration {
  return (data) => ({ ...data, trail: [...((data.trail as string[] | undefined) ?? []), `${name}@${String(data.schemaVersion)}`] });
}

const TABLE: Record<number, Migration> = { 1: recordingStep('a'), 2: recordingStep('b'), 3: recordingStep('c') };

describe('migrate', () => {
  it('runs every step from the file’s version to the target, in order, setting each new version', () => {
    const result = migrate({ schemaVersion: 1, kept: 'yes' }, 4, TABLE);
    expect(result).toEqual({ fromVersion: 1, data: { schemaVersion: 4, kept: 'yes', trail: ['a@1', 'b@2', 'c@3'] } });
  });

  it('starts at the file’s own version', () => {
    expect(migrate({ schemaVersion: 3 }, 4, TABLE)).toEqual({ fromVersion: 3, data: { schemaVersion: 4, trail: ['c@3'] } });
  });

  it('returns data already at the target unchanged', () => {
    const data = { schemaVersion: 4, trail: [] };
    const result = migrate(data, 4, TABLE);
    expect(result.data).toBe(data);
    expect(result.fromVersion).toBe(4);
  });

  it('throws on a missing step without running the steps after it', () => {
    const later = vi.fn(recordingStep('c'));
    expect(() => migrate({ schemaVersion: 1 }, 4, { 1: recordingStep('a'), 3: later })).toThrow('No migration from schema version 2');
    expect(later).not.toHaveBeenCalled();
  });

  it('treats a file without a schemaVersion as version 0', () => {
    expect(() => migrate({}, 1, TABLE)).toThrow('No migration from schema version 0');
    expect(migrate({}, 1, { 0: recordingStep('z') }).data).toEqual({ schemaVersion: 1, trail: ['z@undefined'] });
  });

  it('has a library.json step for every version before the current one', () => {
    for (let version = 1; version <= LIBRARY_SCHEMA_VERSION; version += 1) {
      expect(migrate({ schemaVersion: version }, LIBRARY_SCHEMA_VERSION, LIBRARY_MIGRATIONS).data.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    }
  });
});
