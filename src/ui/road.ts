import * as L from 'leaflet';
import { CONTROL_COLOURS } from '../core/palette.ts';
import type { Front, FrontLine, Highway, LonLat, Segment } from '../core/types.ts';
import { h } from './dom.ts';

/** A front as drawn, for tests and anyone reading the map without seeing it. */
export interface FrontMark {
  id: string;
  km: number;
  lat: number;
  lng: number;
  text: string;
}

/** The highway coloured by control, and the fronts on it, updated in place from one day's FrontLine. */
export interface RoadLayer {
  layer: L.LayerGroup;
  /** Draws `line`; `previous` are the fronts of the day before, to say how far each moved. */
  update(line: FrontLine, previous: readonly Front[]): void;
  fronts(): FrontMark[];
  /** The coloured stretches drawn, in no particular order. */
  segments(): SegmentMark[];
}

/** A coloured stretch of the highway as drawn. */
export type SegmentMark = Pick<Segment, 'control' | 'fromKm' | 'toKm'>;

interface SegmentEntry {
  line: L.Polyline;
  /** What the line shows, and that as a key. */
  mark: SegmentMark;
  key: string;
}

interface FrontEntry {
  marker: L.CircleMarker;
  /** Only the first few fronts have one. */
  label: L.Marker | null;
  title: HTMLElement;
  move: HTMLElement;
  mark: FrontMark;
}

const LABELLED_FRONTS = 4;

const latLngs = (coordinates: readonly LonLat[]): L.LatLngExpression[] => coordinates.map(([lon, lat]) => [lat, lon]);

/**
 * Returns the road layer: the whole highway in grey, with coloured segments and front marks added by `update`.
 * The marks have a renderer of their own, so they can be drawn over the place markers.
 */
export function createRoad(doc: Document, highway: Highway | null, renderer: L.Renderer, marks: L.Renderer): RoadLayer {
  const layer = L.layerGroup();
  if (highway) {
    layer.addLayer(
      L.polyline(latLngs(highway.coordinates), { renderer, color: '#b8b8b8', weight: 3, interactive: false }),
    );
  }
  // Pools: a day change moves and restyles what is there and adds or drops only the difference.
  const segments: SegmentEntry[] = [];
  const fronts: FrontEntry[] = [];

  const updateSegments = (wanted: readonly Segment[]): void => {
    // Matched by what they show, not by position: one stretch added near Benghazi would otherwise shift every
    // later one onto another line, and each line touched widens the area the canvas clears and draws again.
    const keyOf = (segment: Segment): string => `${segment.control} ${segment.fromKm} ${segment.toKm}`;
    const keep = new Set(wanted.map(keyOf));
    const free = segments.filter((entry) => !keep.has(entry.key));
    const shown = new Set(segments.map((entry) => entry.key));
    for (const segment of wanted) {
      const key = keyOf(segment);
      if (shown.has(key)) continue;
      const entry = free.pop() ?? addSegment(layer, renderer, segments);
      entry.key = key;
      entry.mark = { control: segment.control, fromKm: segment.fromKm, toKm: segment.toKm };
      entry.line.setLatLngs(latLngs(segment.coordinates));
      entry.line.setStyle(segmentStyle(segment));
    }
    if (free.length === 0) return;
    const unused = new Set(free);
    for (const extra of unused) layer.removeLayer(extra.line);
    const used = segments.filter((entry) => !unused.has(entry));
    segments.splice(0, segments.length, ...used);
  };

  const updateFronts = (wanted: readonly Front[], previous: readonly Front[]): void => {
    const before = new Map(previous.map((f) => [f.id, f]));
    wanted.forEach((front, i) => {
      const entry = fronts[i] ?? addFront(doc, layer, marks, fronts);
      const [lon, lat] = front.point;
      const km = Math.round(front.km);
      const shift = movement(front, before.get(front.id));
      const title = `${front.label}: ${km} km from Benghazi`;
      const mark = { id: front.id, km: front.km, lat, lng: lon, text: `${title}. ${shift}` };
      // An unchanged front is left alone.
      if (mark.text === entry.mark.text && lat === entry.mark.lat && lon === entry.mark.lng) return;
      entry.title.textContent = title;
      entry.move.textContent = shift;
      entry.mark = mark;
      entry.marker.setLatLng([lat, lon]);
      entry.label?.setLatLng([lat, lon]);
    });
    for (const extra of fronts.splice(wanted.length)) {
      layer.removeLayer(extra.marker);
      if (extra.label) layer.removeLayer(extra.label);
    }
  };

  return {
    layer,
    update(line, previous) {
      updateSegments(line.segments);
      updateFronts(line.fronts, previous);
    },
    fronts: () => fronts.map((f) => f.mark),
    segments: () => segments.map((entry) => entry.mark),
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

function segmentStyle(segment: Segment): L.PolylineOptions {
  const front = segment.control === 'front';
  return {
    color: CONTROL_COLOURS[segment.control],
    weight: front ? 3 : 6,
    opacity: 0.9,
    dashArray: front ? '4 4' : undefined,
  };
}

function addSegment(layer: L.LayerGroup, renderer: L.Renderer, pool: SegmentEntry[]): SegmentEntry {
  const entry: SegmentEntry = {
    line: L.polyline([], { renderer, interactive: false, lineCap: 'butt' }),
    mark: { control: 'front', fromKm: 0, toKm: 0 },
    key: '',
  };
  layer.addLayer(entry.line);
  pool.push(entry);
  return entry;
}

function addFront(doc: Document, layer: L.LayerGroup, renderer: L.Renderer, pool: FrontEntry[]): FrontEntry {
  const title = h(doc, 'strong', {});
  const move = h(doc, 'span', { class: 'front-move' });
  const marker = L.circleMarker([0, 0], {
    renderer,
    radius: 7,
    color: CONTROL_COLOURS.front,
    weight: 3,
    fillColor: '#ffffff',
    fillOpacity: 1,
    interactive: false,
  });
  // Past the first few fronts labels would only cover each other: the others are drawn as marks, and the chart
  // names them. A label is centred under its mark by CSS, not by Leaflet's tooltips, which measure each one (a
  // layout) whenever it moves.
  const label =
    pool.length < LABELLED_FRONTS
      ? L.marker([0, 0], {
          pane: 'tooltipPane',
          interactive: false,
          keyboard: false,
          icon: L.divIcon({
            className: 'front-label-anchor',
            iconSize: undefined,
            html: h(doc, 'span', { class: 'front-label' }, title, h(doc, 'br'), move),
          }),
        })
      : null;
  layer.addLayer(marker);
  if (label) layer.addLayer(label);
  const entry = { marker, label, title, move, mark: { id: '', km: 0, lat: 0, lng: 0, text: '' } };
  pool.push(entry);
  return entry;
}
