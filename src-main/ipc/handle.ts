import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { CHANNELS, ipcContract, type Channel, type ChannelOutput } from '../shared/ipc-contract';
import { DatelineError, fail, ok, type Result } from '../shared/result';
import type { IpcActivity } from './activity';

/** The input a handler receives: already parsed by the channel's input schema. */
export type HandlerInput<C extends Channel> = z.output<(typeof ipcContract)[C]['input']>;

/** One function per channel of the contract, calling into the services. */
export type HandlerTable = {
  [C in Channel]: (input: HandlerInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** The frame a call came from: its URL, and whether it is the window's top frame. */
export interface SenderFrame {
  url: string;
  isTopFrame: boolean;
}

/** Answers one call: never throws, always a {@link Result}. */
export type Dispatch = (sender: SenderFrame | null, channel: string, input: unknown) => Promise<Result<unknown>>;

/** The origin the app's own pages are served from. */
export const APP_ORIGIN = 'app://dateline';

/** Where unexpected errors are reported; main logs them with their stack. */
export type ErrorLog = (message: string, error: unknown) => void;

/**
 * Builds the one wrapper every channel goes through: it refuses calls from any frame that is not
 * a top frame on a trusted origin (`forbidden`), parses the input with the channel's schema
 * (`invalid-input`), calls the handler, checks its output against the contract, and turns errors
 * into failed Results. A {@link DatelineError} keeps its code and message; anything else is logged
 * with its stack and crosses as `internal`. With `activity`, each call is counted while it runs.
 */
export function createDispatcher(
  handlers: HandlerTable,
  options: { trustedOrigins?: readonly string[]; log?: ErrorLog; activity?: IpcActivity } = {},
): Dispatch {
  const trusted = new Set(options.trustedOrigins ?? [APP_ORIGIN]);
  const log: ErrorLog = options.log ?? ((message, error) => console.error(message, error));
  const dispatch: Dispatch = async (sender, channel, input) => {
    if (!sender || !sender.isTopFrame || !trusted.has(originOf(sender.url))) {
      log(`Refused ${channel} from ${sender?.url ?? 'an unknown frame'}`, null);
      return fail('forbidden', 'This request did not come from Dateline’s own window.');
    }
    if (!Object.hasOwn(ipcContract, channel)) return fail('invalid-input', `There is no "${channel}" request.`);
    const contract = ipcContract[channel as Channel];
    const parsed = contract.input.safeParse(input);
    if (!parsed.success) return fail('invalid-input', `The request "${channel}" was malformed: ${parsed.error.issues[0]?.message ?? 'invalid input'}.`);
    try {
      const handler = handlers[channel as Channel] as (input: unknown) => unknown;
      const output = contract.output.safeParse(await handler(parsed.data));
      if (!output.success) {
        log(`The answer to ${channel} broke the contract`, output.error);
        return fail('internal', 'Dateline made a mistake answering this request. Try again; if it keeps happening, restart the app.');
      }
      return ok(output.data);
    } catch (error) {
      if (error instanceof DatelineError) return fail(error.code, error.message);
      log(`Unexpected error in ${channel}`, error);
      return fail('internal', 'Something went wrong inside Dateline. Try again; if it keeps happening, restart the app.');
    }
  };
  const activity = options.activity;
  if (!activity) return dispatch;
  return async (sender, channel, input) => {
    const done = activity.begin();
    try {
      return await dispatch(sender, channel, input);
    } finally {
      done();
    }
  };
}

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    // URL gives "null" as the origin of non-special schemes such as app:, so it is built here.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '';
  }
}

/** Registers every channel of the contract with Electron's `ipcMain`, each through `dispatch`. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      return dispatch(frame ? { url: frame.url, isTopFrame: frame.parent === null } : null, channel, input);
    });
  }
}
