import * as L from 'leaflet';
import { frontsAt, stretchesAt, type Analysis } from '../../core/analysis.ts';
import { changedPlaces, changedStretches, type StretchChange } from '../../core/changes.ts';
import { CONTROL_COLOURS } from '../../core/palette.ts';
import { stateAt } from '../../core/timeline.ts';
import type { ControlState, Day, Interval, SegmentControl, Stretch } from '../../core/types.ts';
import type { AppContext } from '../context.ts';
import { h, textIfChanged } from '../dom.ts';
import { formatShortDay } from '../format.ts';
import type { CircleStyle, LineStyle, MapCanvas, RoadMark } from './mapcanvas.ts';
import { sameSources, type ViewState } from '../store.ts';

/** What the map marks while comparing, for tests and anyone reading the map without seeing it. */
export interface CompareMarks {
  day: Day;
  /** Each place whose state differs on `day`, ringed in its colour then. */
  rings: { id: string; state: ControlState; colour: string }[];
  /** The highway drawn differently on `day` (`from`) and on the slider's day (`to`), cased in `day`'s colour. */
  stretches: StretchChange[];
  /** The fronts of `day`, marked beside the slider day's own. */
  fronts: { id: string; km: number; lat: number; lng: number; text: string }[];
}

export interface CompareMap {
  /** The marks on the map now; null while no day is compared. */
  shown(): CompareMarks | null;
}

/** The compared day's own: computed once a day and analysis, not on every step of the slider. */
interface Other {
  analysis: Analysis;
  day: Day;
  states: Interval[];
  stretches: Stretch[];
  fronts: CompareMarks['fronts'];
  marks: RoadMark[];
}

/** A casing under the highway, wider than any stretch drawn on it, in the compared day's colour. */
const CASINGS = Object.fromEntries(
  (['government', 'rebel', 'contested', 'front', 'no-report'] as const).map((control): [string, LineStyle] => [
    control,
    { color: CONTROL_COLOURS[control], weight: 14, opacity: 0.5, dash: [], cap: 'butt' },
  ]),
) as Record<SegmentControl | 'no-report', LineStyle>;
/** The compared day's front: a solid dot, smaller than the slider day's open one, so both show where they meet. */
const OTHER_FRONT: CircleStyle = { radius: 5, fillColor: CONTROL_COLOURS.front, fillOpacity: 1, stroke: true, color: '#ffffff', weight: 2, layer: 0 };
/** Labels past these would cover each other; the list of changes names every front. */
const LABELLED_FRONTS = 4;

/**
 * Marks on `canvas` what differs between the slider's day and the compared day: a ring in the compared day's
 * colour around each place whose state differs, a casing in that day's colour under each stretch of highway drawn
 * differently, and that day's fronts with a short label; a key to them at the map's corner. A step of the slider
 * costs one pass over the places and one over the two days' stretches; the compared day's answers are kept.
 */
export function createCompareMap(doc: Document, map: L.Map, canvas: MapCanvas, ctx: AppContext): CompareMap {
  const circleOf = new Map(ctx.prepared.dataset.places.map((p, i) => [p.id, i]));
  const labels = L.layerGroup().addTo(map);
  // Folded on small screens, as the legend is: there it would cover much of the map.
  const key = createKey(doc, map.getSize().x >= 600);
  let other: Other | null = null;
  let labelled: Other | null = null;
  /** What is drawn: the compared day's answers, the places (timeline indices) ringed, the stretches cased. */
  let shown: { then: Other; changed: number[]; stretches: StretchChange[] } | null = null;

  const otherOf = (analysis: Analysis, day: Day): Other => {
    if (other?.analysis === analysis && other.day === day) return other;
    const states = stateAt(analysis.timeline, day);
    const fronts = frontsAt(analysis, day);
    return (other = {
      analysis,
      day,
      states,
      stretches: stretchesAt(analysis, day, states).segments,
      fronts: fronts.map((f) => ({ id: f.id, km: f.km, lat: f.point[1], lng: f.point[0], text: `${formatShortDay(day)}: ${Math.round(f.km)} km` })),
      marks: fronts.map((f) => ({ km: f.km, style: OTHER_FRONT })),
    });
  };

  const draw = (view: ViewState): void => {
    if (view.compare === null) {
      if (shown !== null) canvas.setCompare(new Map(), [], []);
      shown = other = labelled = null;
      labels.clearLayers();
      key.remove();
      return;
    }
    const analysis = ctx.analysis();
    const then = otherOf(analysis, view.compare);
    const changed = changedPlaces(then.states, ctx.states(view.day));
    const rings = new Map<number, string>();
    for (const i of changed) {
      const circle = circleOf.get(analysis.timeline.places[i]!);
      if (circle !== undefined) rings.set(circle, CONTROL_COLOURS[then.states[i]!.state]);
    }
    const stretches = changedStretches(then.stretches, ctx.frontline(view.day).segments);
    canvas.setCompare(
      rings,
      stretches.map((s) => ({ fromKm: s.fromKm, toKm: s.toKm, style: CASINGS[s.from ?? 'no-report'] })),
      then.marks,
    );
    // The compared day's fronts stay put while the slider moves: their labels change only with that day.
    if (labelled !== then) {
      labels.clearLayers();
      for (const front of then.fronts.slice(0, LABELLED_FRONTS)) labels.addLayer(label(doc, front));
      labelled = then;
    }
    key.show(map, then.day);
    shown = { then, changed, stretches };
  };

  draw(ctx.store.get());
  ctx.store.subscribe((view, previous) => {
    const sourcesChanged = !sameSources(view.sources, previous.sources) || view.revision !== previous.revision;
    if (view.compare !== previous.compare || (view.compare !== null && (view.day !== previous.day || sourcesChanged))) draw(view);
  });
  return {
    shown() {
      if (!shown) return null;
      const { then, changed, stretches } = shown;
      const rings = changed.map((i) => {
        const { place: id, state } = then.states[i]!;
        return { id, state, colour: CONTROL_COLOURS[state] };
      });
      return { day: then.day, rings, stretches, fronts: then.fronts };
    },
  };
}

function label(doc: Document, front: { lat: number; lng: number; text: string }): L.Marker {
  return L.marker([front.lat, front.lng], {
    pane: 'tooltipPane',
    interactive: false,
    keyboard: false,
    icon: L.divIcon({ className: 'compare-front-anchor', iconSize: undefined, html: h(doc, 'span', { class: 'compare-front-label' }, front.text) }),
  });
}

/** The key to the compare marks, at the map's top right while a day is compared. */
function createKey(doc: Document, open: boolean): { show(map: L.Map, day: Day): void; remove(): void } {
  const title = h(doc, 'summary', {});
  const rows = ['Ring: its state then', 'Band: the highway then', 'Dot: a front then'];
  const kinds = ['ring', 'casing', 'front'];
  const box = h(
    doc,
    'details',
    { class: 'legend compare-key', open },
    title,
    h(doc, 'ul', {}, rows.map((text, i) =>
      h(doc, 'li', {}, h(doc, 'span', { class: `legend-swatch compare-${kinds[i]}`, 'aria-hidden': 'true' }), h(doc, 'span', {}, text)),
    )),
  );
  const control = new L.Control({ position: 'topright' });
  control.onAdd = () => {
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  let on: L.Map | null = null;
  return {
    show(map, day) {
      textIfChanged(title, `Compared with ${formatShortDay(day)}`);
      if (on !== map) control.addTo(map);
      on = map;
    },
    remove() {
      control.remove();
      on = null;
    },
  };
}
