import type { z } from 'zod';
import type { ImportOutcomeSchema, ImportSummarySchema, LibraryStatusSchema } from './ipc-contract';

/** See {@link LibraryStatusSchema}. */
export type LibraryStatus = z.infer<typeof LibraryStatusSchema>;
/** See {@link ImportOutcomeSchema}. */
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;
/** See {@link ImportSummarySchema}. */
export type ImportSummaryView = z.infer<typeof ImportSummarySchema>;
