import { describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/services/create-services';
import { LibrarySession } from '../../../src-main/services/library-session';

/** Services stand-ins told apart by identity: the session only hands them out. */
const fakeServices = (name: string) => ({ name }) as unknown as Services;

describe('LibrarySession', () => {
  it('holds calls back while a swap runs and then hands out the services it installed', async () => {
    const first = fakeServices('first');
    const second = fakeServices('second');
    const session = new LibrarySession(first, '/library');
    expect(await session.ready()).toBe(first);
    let finish = () => undefined as void;
    const swapped = session.swap(async (current, install) => {
      expect(current).toBe(first);
      await new Promise<void>((resolve) => (finish = resolve));
      install(second);
      return 'done';
    });
    let seen: Services | null = null;
    const waiting = session.ready().then((services) => (seen = services));
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toBeNull();
    finish();
    expect(await swapped).toBe('done');
    await waiting;
    expect(seen).toBe(second);
    expect(session.services).toBe(second);
  });

  it('answers the services installed by a swap that failed, and runs the next swap after it', async () => {
    const first = fakeServices('first');
    const reopened = fakeServices('reopened');
    const session = new LibrarySession(first, '/library');
    const failing = session.swap(async (_current, install) => {
      install(reopened);
      throw new Error('the restore failed');
    });
    const next = session.swap(async (current) => current);
    await expect(failing).rejects.toThrow('the restore failed');
    expect(await next).toBe(reopened);
    expect(await session.ready()).toBe(reopened);
  });
});
