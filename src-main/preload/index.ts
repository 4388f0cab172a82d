import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { Result } from '../shared/result';
import { PUSH_PREFIX } from '../windows/push';
import { createApi } from './create-api';

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
    (file) => webUtils.getPathForFile(file) || null,
  ),
);
