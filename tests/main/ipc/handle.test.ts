import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, createDispatcher, registerIpc, type HandlerTable, type SenderFrame } from '../../../src-main/ipc/handle';
import { CHANNEL_NAMES } from '../../../src-main/shared/channels';
import { ipcContract } from '../../../src-main/shared/ipc-contract';
import { DatelineError } from '../../../src-main/shared/result';
import { DEFAULT_SETTINGS } from '../../../src-main/shared/settings';

const APP_FRAME: SenderFrame = { url: `${APP_ORIGIN}/index.html`, isTopFrame: true };

/** A handler table whose every channel fails loudly unless a test overrides it. */
function handlers(overrides: Partial<HandlerTable> = {}): HandlerTable {
  const unexpected = () => {
    throw new Error('not expected in this test');
  };
  const table = Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, unexpected])) as unknown as HandlerTable;
  return { ...table, ...overrides };
}

describe('the IPC wrapper', () => {
  it('passes parsed input to the handler and answers ok with its value', async () => {
    const update = vi.fn(async (patch: object) => ({ ...DEFAULT_SETTINGS, ...patch }));
    const dispatch = createDispatcher(handlers({ 'settings:update': update }));
    const result = await dispatch(APP_FRAME, 'settings:update', { theme: 'dark' });
    expect(result).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect(update).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it.each([
    ['no frame', null],
    ['a sub-frame of the app', { url: `${APP_ORIGIN}/index.html`, isTopFrame: false }],
    ['another origin', { url: 'https://evil.example/index.html', isTopFrame: true }],
    ['a file URL', { url: 'file:///etc/passwd', isTopFrame: true }],
    ['a look-alike host', { url: 'app://dateline.evil/index.html', isTopFrame: true }],
    ['an unparseable URL', { url: 'not a url', isTopFrame: true }],
  ])('refuses a call from %s as forbidden, without calling the handler', async (_name, sender) => {
    const list = vi.fn(() => []);
    const log = vi.fn();
    const dispatch = createDispatcher(handlers({ 'articles:list': list }), { log });
    const result = await dispatch(sender, 'articles:list', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(list).not.toHaveBeenCalled();
  });

  it('answers invalid-input for malformed input, without calling the handler', async () => {
    const get = vi.fn();
    const dispatch = createDispatcher(handlers({ 'articles:get': get }));
    for (const input of [undefined, null, {}, { id: 'short' }, { id: '467295204c37b421', extra: 1 }, 'id']) {
      expect(await dispatch(APP_FRAME, 'articles:get', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(get).not.toHaveBeenCalled();
  });

  it('answers invalid-input for a channel that does not exist', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch(APP_FRAME, 'files:delete', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(APP_FRAME, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('lets a DatelineError cross with its code and message', async () => {
    const dispatch = createDispatcher(handlers({ 'articles:get': () => Promise.reject(new DatelineError('not-found', 'No such article.')) }));
    expect(await dispatch(APP_FRAME, 'articles:get', { id: '0123456789abcdef' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No such article.' },
    });
  });

  it('logs an unexpected error with its stack and answers internal, without its details', async () => {
    const log = vi.fn();
    const failure = new TypeError('cannot read properties of undefined (secret path /home/x)');
    const dispatch = createDispatcher(handlers({ 'articles:list': () => { throw failure; } }), { log });
    const result = await dispatch(APP_FRAME, 'articles:list', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('articles:list'), failure);
  });

  it('answers internal when a handler breaks the output contract', async () => {
    const log = vi.fn();
    const dispatch = createDispatcher(handlers({ 'settings:get': () => ({ theme: 'purple' }) as never }), { log });
    expect(await dispatch(APP_FRAME, 'settings:get', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalled();
  });

  it('registers every channel of the contract with ipcMain, each reaching the dispatcher with its sender', async () => {
    const registered = new Map<string, (event: unknown, input: unknown) => unknown>();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    registerIpc({ handle: (channel: string, listener: (event: unknown, input: unknown) => unknown) => void registered.set(channel, listener) } as never, dispatch);
    expect([...registered.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
    await registered.get('articles:get')?.({ senderFrame: { url: 'app://dateline/index.html', parent: null } }, { id: 'x' });
    expect(dispatch).toHaveBeenCalledWith({ url: 'app://dateline/index.html', isTopFrame: true }, 'articles:get', { id: 'x' });
    await registered.get('articles:list')?.({ senderFrame: null }, undefined);
    expect(dispatch).toHaveBeenLastCalledWith(null, 'articles:list', undefined);
  });
});
