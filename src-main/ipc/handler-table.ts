import type { Services } from '../services/create-services';
import { articleHandlers } from './article-handlers';
import { exchangeHandlers } from './exchange-handlers';
import type { HandlerTable } from './handle';
import { libraryHandlers } from './library-handlers';
import { noteHandlers } from './note-handlers';
import { organiseHandlers } from './organise-handlers';
import { pushNowhere, type Push } from './push';
import { chooseNowhere, type ChooseSaveFile } from './save-file';
import { searchHandlers } from './search-handlers';
import { timelineHandlers } from './timeline-handlers';

/**
 * The real handler table: every channel of the contract, over the given services. `push` sends
 * events to the renderer (import progress); without it they go nowhere. `chooseSaveFile` asks
 * where an export is saved; without it saving fails with a message.
 */
export function createHandlerTable(services: Services, push: Push = pushNowhere, chooseSaveFile: ChooseSaveFile = chooseNowhere): HandlerTable {
  return {
    ...articleHandlers(services, push),
    ...libraryHandlers(services),
    ...noteHandlers(services),
    ...searchHandlers(services),
    ...organiseHandlers(services),
    ...exchangeHandlers(services),
    ...timelineHandlers(services, chooseSaveFile),
  };
}
