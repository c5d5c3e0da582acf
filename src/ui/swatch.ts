import { CONTROL_COLOURS } from '../core/palette.ts';
import type { ControlState } from '../core/types.ts';
import { h } from './dom.ts';

/** Returns a small colour square for a state, hidden from screen readers: the words beside it carry the meaning. */
export function swatch(doc: Document, state: ControlState, flags: { stale?: boolean; uncertain?: boolean } = {}): HTMLElement {
  const el = h(doc, 'span', { 'aria-hidden': 'true' });
  paintSwatch(el, state, flags);
  return el;
}

/**
 * Recolours a swatch in place, for views that follow the selected day without rebuilding: one class change, which
 * picks its colour from the page's palette (see `installPalette`).
 */
export function paintSwatch(el: HTMLElement, state: ControlState, flags: { stale?: boolean; uncertain?: boolean } = {}): void {
  el.className = ['swatch', `swatch-${state}`, flags.stale && 'stale', flags.uncertain && 'uncertain'].filter(Boolean).join(' ');
}

/** Gives the page the palette as custom properties, `--colour-government` and so on, which swatch classes use. */
export function installPalette(doc: Document): void {
  for (const [state, colour] of Object.entries(CONTROL_COLOURS)) {
    doc.documentElement.style.setProperty(`--colour-${state}`, colour);
  }
}
