import type { z } from 'zod';
import type { ImportOutcomeSchema, LibraryStatusSchema } from './ipc-contract';

/** See {@link LibraryStatusSchema}. */
export type LibraryStatus = z.infer<typeof LibraryStatusSchema>;
/** See {@link ImportOutcomeSchema}. */
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;
