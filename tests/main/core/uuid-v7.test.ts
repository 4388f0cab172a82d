import { describe, expect, it } from 'vitest';
import { uuidV7 } from '../../../src-main/core/uuid-v7';

describe('uuidV7', () => {
  it('writes the time first, then version 7 and the RFC variant', () => {
    const id = uuidV7(Date.UTC(2019, 1, 25), new Uint8Array(10).fill(0xff));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2019, 1, 25));
  });

  it('sorts by creation time', () => {
    const random = new Uint8Array(10).fill(0x11);
    const ids = [3, 1, 2].map((offset) => uuidV7(1_700_000_000_000 + offset, random));
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
  });

  it('needs enough randomness', () => {
    expect(() => uuidV7(0, new Uint8Array(4))).toThrow(RangeError);
  });
});
