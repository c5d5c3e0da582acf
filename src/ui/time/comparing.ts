/**
 * Compare's chunk, loaded when a day is first compared (at start where the URL compares one): the list of changes
 * and the marks on the map, with the core's changes between two days. The toggle (`compare.ts`) is on the first load.
 */
export { focusChanges, mountChanges } from './changelist.ts';
export { createCompareMap } from '../map/comparemap.ts';
