import * as L from 'leaflet';
import type { Analysis } from '../../core/analysis.ts';
import { CONTROL_COLOURS } from '../../core/palette.ts';
import type { ControlState, Interval, Place } from '../../core/types.ts';
import { MapCanvas, type CircleStyle, type RoadGeometry } from './mapcanvas.ts';
import { h } from '../dom.ts';
import { TownLabels } from './townlabels.ts';

/** The towns the story turns on: always labelled on the map. */
export const LABELLED_TOWNS: readonly string[] = ['benghazi', 'ajdabiya', 'brega', 'ras_lanuf', 'sirte', 'misrata'];

/** What a place marker shows, for the legend, tests and anyone reading the map without seeing it. */
export interface MarkerLook {
  state: ControlState;
  stale: boolean;
  selected: boolean;
  radius: number;
  fillColor: string;
}

/** A place's marker: where it is, how it looks, and a number that is its own for as long as it exists. */
export interface PlaceMarker {
  readonly place: Place;
  readonly latLng: L.LatLng;
  /** Unique to this marker: a marker built again would have another. */
  readonly serial: number;
  look: MarkerLook | null;
  /** The interval the look was made from. */
  interval?: Interval | undefined;
}

/** One circle per place on the map canvas, restyled in place as the day, the sources or the selection change. */
export interface PlaceMarkers {
  layer: L.LayerGroup;
  /** The canvas the markers are painted on, which paints the highway too. */
  canvas: MapCanvas;
  /** Restyles only the markers whose look changed; returns how many that was. */
  update(analysis: Analysis, states: readonly Interval[], selected: string | null): number;
  marker(id: string): PlaceMarker | undefined;
  /** Resolves once the markers on screen show every update so far (or could not be drawn, which `error` says). */
  drawn(): Promise<void>;
  /** The names of the labelled towns. */
  labels: TownLabels;
}

let serials = 0;
/** A small number for each state a marker can show. */
const STATE_CODES = new Map(Object.keys(CONTROL_COLOURS).map((state, i) => [state, i]));

/**
 * Returns a marker for every place, not yet styled (call `update` before the first draw), on a canvas that also
 * paints along `road`.
 */
export function createPlaceMarkers(
  doc: Document,
  places: readonly Place[],
  { padding, tolerance, road }: { padding: number; tolerance: number; road: RoadGeometry | null },
  on: { select(id: string): void; error(message: string): void },
): PlaceMarkers {
  const markers: PlaceMarker[] = places.map((place) => ({
    place,
    latLng: L.latLng(place.coordinates[1], place.coordinates[0]),
    serial: (serials += 1),
    look: null,
  }));
  const byId = new Map(markers.map((m, i) => [m.place.id, i]));
  // An element, not a string: Leaflet would parse a string as HTML, and names are data.
  const tip = L.tooltip({ direction: 'right', className: 'place-tip' });
  const circles = new MapCanvas(
    markers.map((m) => m.latLng),
    road,
    {
      click: (i) => on.select(markers[i]!.place.id),
      hover: (i, map) => {
        const marker = markers[i];
        if (!marker) return void tip.remove();
        tip.options.offset = L.point((marker.look?.radius ?? 0) + 2, 0);
        tip.setLatLng(marker.latLng).setContent(h(doc, 'span', {}, marker.place.name));
        tip.addTo(map);
      },
      error: on.error,
    },
    { padding, tolerance },
  );
  const labels = new TownLabels(
    doc,
    markers.filter((m) => LABELLED_TOWNS.includes(m.place.id)),
  );
  const layer = L.layerGroup([circles, labels]);
  // One style object per look: a day change restyles hundreds of circles at 5,000 places, in a few dozen looks.
  // Keyed by a number, not a string: a key made for each of them was most of what their restyling allocated.
  const styles = new Map<number, CircleStyle>();
  const styleFor = (look: MarkerLook): CircleStyle => {
    const key = ((Math.round(look.radius * 10) * STATE_CODES.size + STATE_CODES.get(look.state)!) * 2 + Number(look.stale)) * 2 + Number(look.selected);
    let style = styles.get(key);
    if (!style) styles.set(key, (style = styleOf(look)));
    return style;
  };
  let drawnFrom: Analysis | null = null;
  let drawnStates: readonly Interval[] = [];
  let drawnSelected: string | null = null;
  /** Each of the analysis's timeline places' marker index. */
  let indexOf: (number | undefined)[] = [];

  return {
    layer,
    canvas: circles,
    update(analysis, states, selected) {
      let restyled = 0;
      let relabel = false;
      // The same analysis keeps each place's mentions, so a marker whose interval and selection are unchanged
      // keeps its look: most places, on most day changes.
      const same = analysis === drawnFrom;
      if (!same) indexOf = analysis.timeline.places.map((id) => byId.get(id));
      const restyle = (i: number): void => {
        const index = indexOf[i];
        if (index === undefined) return;
        const id = analysis.timeline.places[i]!;
        const marker = markers[index]!;
        const interval = states[i];
        if (same && marker.interval === interval && marker.look?.selected === (selected === id)) return;
        marker.interval = interval;
        const look = lookOf(interval, selected === id, analysis.mentionsByPlace.get(id)?.length ?? 0);
        if (marker.look !== null && sameLook(marker.look, look)) return;
        relabel ||= LABELLED_TOWNS.includes(id) && (marker.look?.radius !== look.radius || marker.look.selected !== look.selected);
        circles.setStyle(index, styleFor(look));
        marker.look = look;
        restyled += 1;
      };
      // Another day of the same analysis, nothing else changed: only the places whose interval changed (the states
      // of one analysis share their intervals).
      if (same && selected === drawnSelected && states.length === drawnStates.length) {
        for (let i = 0; i < states.length; i++) if (states[i] !== drawnStates[i]) restyle(i);
      } else {
        for (let i = 0; i < analysis.timeline.places.length; i++) restyle(i);
      }
      drawnFrom = analysis;
      drawnStates = states;
      drawnSelected = selected;
      if (relabel) labels.place();
      return restyled;
    },
    marker: (id) => markers[byId.get(id) ?? -1],
    drawn: () => circles.drawn(),
    labels,
  };
}

/** Radius in pixels: area grows with the number of mentions, so the eye reads it as a count. */
export function radiusFor(mentions: number): number {
  return Math.round((3 + 2.2 * Math.sqrt(mentions)) * 10) / 10;
}

function lookOf(interval: Interval | undefined, selected: boolean, mentions: number): MarkerLook {
  const state = interval?.state ?? 'no-report';
  return {
    state,
    stale: interval?.stale ?? false,
    selected,
    radius: Math.min(radiusFor(mentions), 16),
    fillColor: CONTROL_COLOURS[state],
  };
}

function sameLook(a: MarkerLook, b: MarkerLook): boolean {
  return a.state === b.state && a.stale === b.stale && a.selected === b.selected && a.radius === b.radius;
}

/**
 * Stale states fade, outlined in their own colour: still the last word, but an old one. Places without a report
 * are quiet, without an outline; the selected place is drawn over all others.
 */
function styleOf(look: MarkerLook): CircleStyle {
  const quiet = look.state === 'no-report' && !look.selected;
  return {
    radius: look.radius,
    fillColor: look.fillColor,
    fillOpacity: look.stale ? 0.35 : quiet ? 0.55 : 0.95,
    stroke: !quiet,
    color: look.selected ? '#111111' : look.stale ? look.fillColor : '#ffffff',
    weight: look.selected ? 3 : look.stale ? 1.5 : 1,
    layer: look.selected ? 3 : quiet ? 0 : look.stale ? 1 : 2,
  };
}
