/** The Export menu's chunk, loaded when the menu first opens: the core's serialisers, the bytes the CLI prints. */
export { changesCollection } from '../core/changesexport.ts';
export { claimsCsv } from '../core/claimtable.ts';
export { mentionsCollection, serialize, snapshotCollection, timelineCollection } from '../core/export.ts';
