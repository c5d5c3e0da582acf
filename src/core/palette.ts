import type { ControlState, SegmentControl } from './types.ts';

/**
 * Colours for control states and highway segments, from the Okabe–Ito palette, which stays distinguishable
 * under the common colour-vision deficiencies. The viewer and the GeoJSON exports both draw from here.
 */
export const CONTROL_COLOURS: Readonly<Record<ControlState | SegmentControl, string>> = {
  government: '#D55E00',
  rebel: '#0072B2',
  contested: '#CC79A7',
  front: '#000000',
  'no-report': '#999999',
};
