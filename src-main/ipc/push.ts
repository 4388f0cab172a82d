import type { PushEvents } from '../shared/ipc-contract';

/** Sends an event to the renderer (`api.onEvent`); the app sends it to its window, tests to their page. */
export type Push = <E extends keyof PushEvents>(name: E, payload: PushEvents[E]) => void;

/** A push that goes nowhere, for tables built without a window. */
export const pushNowhere: Push = () => undefined;
