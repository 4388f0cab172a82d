import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Result } from '../shared/result';
import { createApi } from './create-api';

/** The prefix of the IPC messages main pushes to the window: `push:<event name>`. */
const PUSH_PREFIX = 'push:';

// Only the API's functions cross into the page; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  'api',
  createApi(
    (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
    (name, callback) => {
      const listener = (_event: IpcRendererEvent, payload: unknown) => callback(payload);
      ipcRenderer.on(`${PUSH_PREFIX}${name}`, listener);
      return () => ipcRenderer.removeListener(`${PUSH_PREFIX}${name}`, listener);
    },
  ),
);
