import * as L from 'leaflet';
import type { Analysis } from '../core/analysis.ts';
import { CONTROL_COLOURS } from '../core/palette.ts';
import type { ControlState, Interval, Place } from '../core/types.ts';
import { h } from './dom.ts';

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

/** One circle marker per place, restyled in place as the day, the sources or the selection change. */
export interface PlaceMarkers {
  layer: L.LayerGroup;
  /** Restyles only the markers whose look changed; returns how many that was. */
  update(analysis: Analysis, states: readonly Interval[], selected: string | null): number;
  marker(id: string): L.CircleMarker | undefined;
  look(id: string): MarkerLook | undefined;
}

interface Entry {
  place: Place;
  marker: L.CircleMarker;
  look: MarkerLook | null;
}

/** Returns a marker for every place, not yet styled: call `update` before the first draw. */
export function createPlaceMarkers(
  doc: Document,
  places: readonly Place[],
  renderer: L.Renderer,
  onSelect: (id: string) => void,
): PlaceMarkers {
  const layer = L.layerGroup();
  const entries = new Map<string, Entry>();
  for (const place of places) {
    const [lon, lat] = place.coordinates;
    const marker = L.circleMarker([lat, lon], { renderer, radius: 4, bubblingMouseEvents: false });
    const permanent = LABELLED_TOWNS.includes(place.id);
    // An element, not a string: Leaflet would parse a string as HTML, and names are data.
    marker.bindTooltip(h(doc, 'span', {}, place.name), {
      permanent,
      direction: 'right',
      className: permanent ? 'town-label' : 'place-tip',
    });
    marker.on('click', () => onSelect(place.id));
    layer.addLayer(marker);
    entries.set(place.id, { place, marker, look: null });
  }

  return {
    layer,
    update(analysis, states, selected) {
      let restyled = 0;
      analysis.timeline.places.forEach((id, i) => {
        const entry = entries.get(id);
        if (entry === undefined) return;
        const interval = states[i];
        const look = lookOf(interval, selected === id, analysis.mentionsByPlace.get(id)?.length ?? 0);
        if (entry.look !== null && sameLook(entry.look, look)) return;
        if (entry.look?.radius !== look.radius) resize(entry.marker, look.radius);
        entry.marker.setStyle(styleOf(look));
        entry.look = look;
        restyled += 1;
      });
      return restyled;
    },
    marker: (id) => entries.get(id)?.marker,
    look: (id) => entries.get(id)?.look ?? undefined,
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
 * Stale states fade, outlined in their own colour: still the last word, but an old one. No dashes and no outline
 * on places without a report: with thousands of markers, dashed strokes dominate the canvas's drawing time.
 */
function styleOf(look: MarkerLook): L.PathOptions {
  const quiet = look.state === 'no-report' && !look.selected;
  return {
    fillColor: look.fillColor,
    fillOpacity: look.stale ? 0.35 : quiet ? 0.55 : 0.95,
    stroke: !quiet,
    color: look.selected ? '#111111' : look.stale ? look.fillColor : '#ffffff',
    weight: look.selected ? 3 : look.stale ? 1.5 : 1,
    opacity: 1,
  };
}

function resize(marker: L.CircleMarker, radius: number): void {
  marker.setRadius(radius);
  const tooltip = marker.getTooltip();
  if (tooltip) {
    tooltip.options.offset = L.point(radius + 2, 0);
    tooltip.update();
  }
}
