import type { Services } from '../services/create-services';
import { articleHandlers } from './article-handlers';
import type { HandlerTable } from './handle';
import { libraryHandlers } from './library-handlers';
import { noteHandlers } from './note-handlers';

/** The real handler table: every channel of the contract, over the given services. */
export function createHandlerTable(services: Services): HandlerTable {
  return { ...articleHandlers(services), ...libraryHandlers(services), ...noteHandlers(services) };
}
