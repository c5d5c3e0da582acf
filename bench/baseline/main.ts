/**
 * The benchmark's baseline for the viewer: the page a developer would write first with Frontline's core and Leaflet
 * alone. One `L.circleMarker` per place on Leaflet's canvas renderer, restyled with `setStyle` on every day change;
 * the highway as one `L.polyline` per segment of `frontlineAt`, replaced on every day change. No list, chart or
 * panel: it draws only the map, so what it costs is a floor for a page that shows the same map.
 */
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { analyse, frontlineAt, prepare } from '../../src/core/analysis.ts';
import { loadDataset } from '../../src/core/dataset.ts';
import { addDays, daysBetween } from '../../src/core/dates.ts';
import { CONTROL_COLOURS } from '../../src/core/palette.ts';
import { decodeUtf8 } from '../../src/core/text.ts';
import { stateAt } from '../../src/core/timeline.ts';
import type { Day } from '../../src/core/types.ts';

/** The app's first view (the Gulf of Sirte), so both pages draw the same part of the map. */
const REGION: L.LatLngBoundsLiteral = [
  [30.15, 13.1],
  [32.95, 20.3],
];

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const nextFrame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => done()));

const { dataset } = await loadDataset(async (path) => {
  const response = await fetch(`geo/${path}`);
  return response.ok ? decodeUtf8(new Uint8Array(await response.arrayBuffer())) : null;
});
const analysis = analyse(prepare(dataset));
performance.mark('frontline:analysed');
const { start, end } = analysis.timeline.domain;

const renderer = L.canvas();
const map = L.map(element('map'), { renderer }).fitBounds(REGION);
const circles = dataset.places.map((place) =>
  L.circleMarker([place.coordinates[1], place.coordinates[0]], { renderer, radius: 5, weight: 1, color: '#333333' }).addTo(map),
);
const road = L.layerGroup().addTo(map);

function show(day: Day): void {
  element('date-label').textContent = day;
  const states = stateAt(analysis.timeline, day);
  states.forEach((state, i) =>
    circles[i]!.setStyle({
      fillColor: CONTROL_COLOURS[state.state],
      fillOpacity: state.stale ? 0.35 : 0.9,
      dashArray: state.uncertain ? '2 2' : '',
    }),
  );
  road.clearLayers();
  for (const segment of frontlineAt(analysis, day, states).segments) {
    const line = segment.coordinates.map(([lon, lat]): L.LatLngTuple => [lat, lon]);
    L.polyline(line, { renderer, color: CONTROL_COLOURS[segment.control], weight: 4 }).addTo(road);
  }
}

const slider = element<HTMLInputElement>('date-slider');
slider.min = '0';
slider.max = String(daysBetween(start, end));
slider.value = slider.max;
slider.addEventListener('input', () => show(addDays(start, Number(slider.value))));
show(end);

// What the benchmark's slider steps wait for, as they wait for the app's canvas: Leaflet's canvas redraws in the
// next animation frame, ahead of any frame callback asked for after it.
Object.defineProperty(window, '__frontline', { value: { canvasDrawn: nextFrame } });
await nextFrame();
performance.mark('frontline:drawn');
document.documentElement.dataset['drawn'] = '1';
