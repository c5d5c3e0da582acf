import * as L from 'leaflet';
import { CONTROL_COLOURS } from '../../core/palette.ts';
import { roadOf } from '../../core/road.ts';
import type { Front, FrontLine, Highway, SegmentControl, Stretch } from '../../core/types.ts';
import { FrontLabels } from './frontlabels.ts';
import type { CircleStyle, LineStyle, MapCanvas, RoadGeometry } from './mapcanvas.ts';

/** A front as drawn, for tests and anyone reading the map without seeing it. */
export interface FrontMark {
  id: string;
  km: number;
  lat: number;
  lng: number;
  text: string;
}

/** The highway coloured by control, and the fronts on it, updated from one day's FrontLine. */
export interface RoadLayer {
  /** The fronts' labels: the highway and the fronts' marks are painted on the map's canvas. */
  layer: FrontLabels;
  /** Draws `line` on the canvas; `previous` are the fronts of the day before, to say how far each moved. */
  update(line: FrontLine<Stretch>, previous: readonly Front[]): void;
  /** Labels the first fronts of `line`, which moved from `previous`; null hides the labels (a day is on its way). */
  label(line: FrontLine<Stretch> | null, previous?: readonly Front[]): void;
  fronts(): FrontMark[];
  /** The coloured stretches drawn, in no particular order. */
  segments(): Stretch[];
}

/** Past the first few fronts labels would only cover each other: the others are marks, and the chart names them. */
const LABELLED_FRONTS = 4;

const HIGHWAY: LineStyle = { color: '#b8b8b8', weight: 3, opacity: 1, dash: [], cap: 'round' };
const SEGMENT_STYLES = Object.fromEntries(
  (['government', 'rebel', 'contested', 'front'] as const).map((control): [SegmentControl, LineStyle] => {
    const front = control === 'front';
    return [control, { color: CONTROL_COLOURS[control], weight: front ? 3 : 6, opacity: 0.9, dash: front ? [4, 4] : [], cap: 'butt' }];
  }),
) as Record<SegmentControl, LineStyle>;
const FRONT_MARK: CircleStyle = {
  radius: 7,
  fillColor: '#ffffff',
  fillOpacity: 1,
  stroke: true,
  color: CONTROL_COLOURS.front,
  weight: 3,
  layer: 0,
};

/** The highway's vertices as the map's canvas draws along them, with the km from Benghazi at each. */
export function roadGeometry(highway: Highway | null): RoadGeometry | null {
  if (!highway) return null;
  const { coordinates, kmAt } = roadOf(highway);
  return { latLngs: coordinates.map(([lon, lat]) => L.latLng(lat, lon)), km: kmAt };
}

/**
 * Returns the road: the whole highway in grey with the day's coloured segments over it, and its fronts, drawn on
 * `canvas` (segments under the place circles, front marks over them); the first few fronts are labelled.
 */
export function createRoad(doc: Document, highway: Highway | null, canvas: MapCanvas): RoadLayer {
  const layer = new FrontLabels(doc);
  const length = highway ? roadOf(highway).kmAt.at(-1)! : 0;
  const whole = highway ? [{ fromKm: 0, toKm: length, style: HIGHWAY }] : [];
  /** A front as the map shows it, and its label's two lines; `previous` are the day before's fronts (a few). */
  const markOf = (front: Front, previous: readonly Front[]): FrontMark & { title: string; move: string } => {
    const [lng, lat] = front.point;
    const title = `${front.label}: ${Math.round(front.km)} km from Benghazi`;
    const move = movement(front, previous.find((f) => f.id === front.id));
    return { id: front.id, km: front.km, lat, lng, text: `${title}. ${move}`, title, move };
  };
  let shown: { line: FrontLine<Stretch>; previous: readonly Front[] } | null = null;

  return {
    layer,
    update(line, previous) {
      canvas.setRoad(
        [...whole, ...line.segments.map((s) => ({ fromKm: s.fromKm, toKm: s.toKm, style: SEGMENT_STYLES[s.control] }))],
        line.fronts.map((front) => ({ km: front.km, style: FRONT_MARK })),
      );
      shown = { line, previous };
    },
    label(line, previous = []) {
      if (!line) return layer.hide();
      layer.show(line.fronts.slice(0, LABELLED_FRONTS).map((front) => markOf(front, previous)));
    },
    // Worked out when asked: only the labelled fronts are needed on each day change.
    fronts: () =>
      (shown?.line.fronts ?? []).map((front) => {
        const { id, km, lat, lng, text } = markOf(front, shown!.previous);
        return { id, km, lat, lng, text };
      }),
    segments: () => shown?.line.segments ?? [],
  };
}

/**
 * "← moved 40 km west since the day before": km grow away from Benghazi, which past Ajdabiya is westward along
 * the Gulf of Sirte, and west is to the left on the map.
 */
export function movement(front: Front, previous: Front | undefined): string {
  if (!previous) return 'new since the day before';
  const delta = Math.round(front.km - previous.km);
  if (delta === 0) return 'no move since the day before';
  return delta > 0 ? `← moved ${delta} km west` : `→ moved ${-delta} km east`;
}
