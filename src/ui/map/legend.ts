import * as L from 'leaflet';
import { CONTROL_COLOURS } from '../../core/palette.ts';
import { h } from '../dom.ts';

type SwatchKind = 'dot' | 'faded-dot' | 'line' | 'dashed-line' | 'front';

/** Returns the legend control: every colour and mark on the map in words, folded away on small screens. */
export function createLegend(doc: Document, staleAfterDays: number, open: boolean): L.Control {
  const row = (kind: SwatchKind, colour: string, text: string): HTMLElement => {
    const swatch = h(doc, 'span', { class: `legend-swatch legend-${kind}`, 'aria-hidden': 'true' });
    swatch.style.setProperty('--swatch', colour);
    return h(doc, 'li', {}, swatch, text);
  };
  const details = h(
    doc,
    'details',
    { class: 'legend', open },
    h(doc, 'summary', {}, 'Legend'),
    h(
      doc,
      'ul',
      {},
      row('dot', CONTROL_COLOURS.government, 'Held by government forces'),
      row('dot', CONTROL_COLOURS.rebel, 'Held by rebels'),
      row('dot', CONTROL_COLOURS.contested, 'Contested: both sides reported'),
      row('dot', CONTROL_COLOURS['no-report'], 'No report yet'),
      row('faded-dot', CONTROL_COLOURS.rebel, `Faded: no fresh report for over ${staleAfterDays} days`),
      row('line', CONTROL_COLOURS.rebel, 'Highway, coloured by who holds it'),
      row('dashed-line', CONTROL_COLOURS.front, 'Front zone between the sides'),
      row('front', CONTROL_COLOURS.front, 'Front point, km from Benghazi'),
      row('line', '#b8b8b8', 'Highway, no report'),
    ),
    h(doc, 'p', { class: 'legend-note' }, 'Larger circles: places the sources mention more often.'),
  );
  const control = new L.Control({ position: 'bottomleft' });
  control.onAdd = () => {
    L.DomEvent.disableClickPropagation(details);
    L.DomEvent.disableScrollPropagation(details);
    return details;
  };
  return control;
}
