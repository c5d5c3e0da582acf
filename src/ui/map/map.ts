import type { FeatureCollection } from 'geojson';
import * as L from 'leaflet';
import { addDays } from '../../core/dates.ts';
import type { Day, Stretch } from '../../core/types.ts';
import type { CompareMap, CompareMarks } from './comparemap.ts';
import type { AppContext } from '../context.ts';
import { comparing, mountWhen } from '../lazy.ts';
import { boxFrom } from './labelplace.ts';
import { afterRest, nextTask } from '../dom.ts';
import { createLegend } from './legend.ts';
import { createPlaceMarkers, type MarkerLook } from './markers.ts';
import { reserveCanvas } from './mapcanvas.ts';
import { createRoad, roadGeometry, type FrontMark } from './road.ts';
import { sameSources, type ViewState } from '../store.ts';
import { roundCoordinate } from '../url.ts';

export const ZOOM = { min: 5, max: 12 } as const;

/** The Gulf of Sirte from Tripoli to Benghazi: the first view when the URL names none. */
const REGION: L.LatLngBoundsLiteral = [
  [30.15, 13.1],
  [32.95, 20.3],
];
/** Panning stops a little beyond the embedded basemap, so no one gets lost in an empty sea. */
const LIMITS: L.LatLngBoundsLiteral = [
  [22, 4],
  [39, 31],
];
/** What town names keep clear of: the map's controls and the labels of the fronts (and of a compared day's). */
const OBSTACLES = '.leaflet-control, .front-label, .compare-front-label';
/** How long the day must rest before the town names are placed again clear of the fronts' labels. */
const RELABEL_AFTER_MS = 150;
/** Pixels kept between a revealed place's circle (and name) and the map's edge. */
const REVEAL_MARGIN = 12;
const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/**
 * The margin drawn beyond the view on each side, as a share of it: Leaflet's default. A wider one multiplies the
 * canvas area that every picture clears and paints (a padding of 0.5 is four times the view).
 */
const PADDING = 0.1;

/**
 * Makes the canvas of the map in `root` before the map exists, as large as its pictures will be: `root`'s size now
 * (the controls around the map, not there yet, only make it smaller), with the margin, in device pixels. A canvas
 * found too small grows when first painted.
 */
export function reserveMapCanvas(root: HTMLElement): void {
  const scale = (1 + 2 * PADDING) * (root.ownerDocument.defaultView?.devicePixelRatio || 1);
  reserveCanvas(root.ownerDocument, { width: Math.ceil(root.clientWidth * scale), height: Math.ceil(root.clientHeight * scale) });
}

/**
 * Each basemap fetched, by URL: a map built again (the reader's articles changed what there is) takes the land it
 * already has instead of asking for it again. One that failed is asked for again next time.
 */
const basemaps = new Map<string, Promise<FeatureCollection>>();

function fetchBasemap(url: string): Promise<FeatureCollection> {
  let land = basemaps.get(url);
  if (!land) {
    land = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error('not ok');
      return (await response.json()) as FeatureCollection;
    }).catch(() => {
      basemaps.delete(url);
      throw new Error(`${url}: could not be loaded, so the map shows no land or borders`);
    });
    basemaps.set(url, land);
  }
  return land;
}

/** A place's marker as drawn, where it is on screen, and its identity (see `PlaceMarker.serial`). */
export interface MarkerInfo extends MarkerLook {
  id: string;
  name: string;
  lat: number;
  lng: number;
  containerPoint: { x: number; y: number };
  clientPoint: { x: number; y: number };
  serial: number;
}

export interface MapHandle {
  map: L.Map;
  /** The marker of a place by id or by name (any case); null for no such place. */
  markerFor(idOrName: string): MarkerInfo | null;
  fronts(): FrontMark[];
  segments(): Stretch[];
  /** What the map marks as differing from the compared day; null while no day is compared. */
  compared(): CompareMarks | null;
  /** How many markers the last change of day, sources or selection restyled. */
  restyled(): number;
  /**
   * Measures the map again once the page around it is laid out, fitting the region again if no view was given, and
   * adds and draws the data: added or drawn before, its canvas and labels made the page lay out again in between.
   */
  settle(): void;
  /** Resolves once every marker and highway segment has been drawn the first time. */
  drawn: Promise<void>;
  /** Resolves once the canvas on screen (place markers, highway, front marks) shows every change made so far. */
  canvasDrawn(): Promise<void>;
  /** Fetches the embedded basemap and adds it under the data; rejects with a message a reader can act on. */
  loadBasemap(url: string): Promise<void>;
}

/** Mounts the Leaflet map in `root` and keeps it in step with the store, both ways. */
export function mountMap(
  root: HTMLElement,
  ctx: AppContext,
  { fit, report }: { fit: boolean; report: (messages: string[]) => void },
): MapHandle {
  const doc = ctx.document;
  const { dataset, placesById } = ctx.prepared;
  const map = L.map(root, {
    preferCanvas: true,
    minZoom: ZOOM.min,
    maxZoom: ZOOM.max,
    maxBounds: LIMITS,
    maxBoundsViscosity: 0.8,
  });
  // Short, so the line fits a phone: the land and borders are Natural Earth's, the place positions GeoNames'.
  for (const credit of ['Frontline', 'Natural Earth', 'GeoNames']) map.attributionControl.addAttribution(credit);

  // Under the tile pane, so the OpenStreetMap layer, when on, covers the embedded land.
  const basePane = map.createPane('basemap');
  basePane.style.zIndex = '150';
  basePane.style.pointerEvents = 'none';
  const basemap = L.geoJSON(undefined, {
    // With preferCanvas, Leaflet gives the pane a canvas renderer of its own.
    pane: 'basemap',
    interactive: false,
    style: (feature) =>
      feature?.properties?.kind === 'land'
        ? { color: '#9fb3c2', weight: 0.8, fillColor: '#f3f0e8', fillOpacity: 1 }
        : { color: '#8c8c8c', weight: 1, dashArray: '4 3', fill: false },
  }).addTo(map);
  const osm = L.tileLayer(OSM_URL, {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  });
  const layers = L.control.layers(undefined, { 'Natural Earth land (offline)': basemap, 'OpenStreetMap tiles (online)': osm });

  const margin = { padding: PADDING, tolerance: 4, road: roadGeometry(dataset.highway) };
  const markers = createPlaceMarkers(doc, dataset.places, margin, {
    select: (place) => ctx.store.set({ place }),
    error: (message) => report([message]),
  });
  const road = createRoad(doc, dataset.highway, markers.canvas);
  // Town names keep clear of the map's controls, which cover its corners, and of the fronts' labels. These move
  // with the day, and finding where they are is a layout: the names are placed again once the day rests, not on
  // every step of a drag or of playback.
  markers.labels.avoid(() => {
    const origin = root.getBoundingClientRect();
    return [...root.querySelectorAll(OBSTACLES)].map((element) => boxFrom(element.getBoundingClientRect(), origin));
  });
  const relabelSoon = afterRest(RELABEL_AFTER_MS, markers.labels.place);

  let restyled = 0;
  const drawMarkers = (view: ViewState): void => {
    restyled = markers.update(ctx.analysis(), ctx.states(view.day), view.place);
  };
  const drawRoad = (view: ViewState): void => {
    // The day before only for how far each front moved.
    road.update(ctx.frontline(view.day), ctx.fronts(addDays(view.day, -1)));
    // The fronts' labels say the day at rest (`labelRoad`): while a drag is on its way they are out of date.
    if (view.day !== ctx.atRest.get().day) road.label(null);
    relabelSoon();
  };
  const labelRoad = (day: Day): void => {
    road.label(ctx.frontline(day), ctx.fronts(addDays(day, -1)));
    relabelSoon();
  };
  // Within a pixel is the same view: Leaflet snaps to whole pixels, and a URL's view must survive a reload as written.
  const showing = (center: [number, number], zoom: number): boolean =>
    map.getZoom() === zoom && map.latLngToContainerPoint(center).distanceTo(map.getSize().divideBy(2)) < 1;
  const showView = (view: ViewState): void => {
    if (!showing(view.center, view.zoom)) map.setView(view.center, view.zoom, { animate: false });
  };

  // The selected place comes well inside the map, with room for its name on either side: on a phone a town at the
  // edge would otherwise sit half off the map with its name cut.
  const reveal = (id: string, animate: boolean): void => {
    const marker = markers.marker(id);
    if (!marker) return;
    const size = map.getSize();
    const label = markers.labels.sizeOf(id) ?? L.point(0, 0);
    const around = (marker.look?.radius ?? 0) + REVEAL_MARGIN;
    const padding = L.point(
      Math.min(around + label.x, size.x / 2 - 1),
      Math.min(around + label.y, size.y / 2 - 1),
    );
    map.panInside(marker.latLng, { padding, animate });
  };

  map.on('moveend', () => {
    const { center, zoom } = ctx.store.get();
    if (showing(center, zoom)) return;
    const centre = map.getCenter();
    ctx.store.set({ center: [roundCoordinate(centre.lat), roundCoordinate(centre.lng)], zoom: map.getZoom() });
  });
  if (fit) map.fitBounds(REGION);
  else map.setView(ctx.store.get().center, ctx.store.get().zoom);

  ctx.store.subscribe((view, previous) => {
    const sourcesChanged = !sameSources(view.sources, previous.sources) || view.revision !== previous.revision;
    if (sourcesChanged || view.day !== previous.day || view.place !== previous.place) drawMarkers(view);
    if (sourcesChanged || view.day !== previous.day) drawRoad(view);
    if (view.place !== null && view.place !== previous.place) reveal(view.place, true);
    if (view.compare !== previous.compare) relabelSoon();
    showView(view);
  });
  ctx.atRest.subscribe((view, previous) => {
    if (view.day !== previous.day || !sameSources(view.sources, previous.sources) || view.revision !== previous.revision) labelRoad(view.day);
  });
  // Keeps the centre where it was when the page around the map changes size (a banner, a bottom sheet).
  // Not once the map is gone: the reader's articles can rebuild it, and its old element then leaves the page.
  new ResizeObserver(() => root.isConnected && map.invalidateSize()).observe(root);
  // Subscribed after the markers and the road, so that a day's marks go in the same picture as its markers; its
  // chunk comes when a day is first compared, and the names are placed again clear of its labels then.
  let compare: CompareMap | null = null;
  mountWhen(
    comparing,
    { store: ctx.store, root, needs: (view) => view.compare !== null },
    (chunk) => {
      compare = chunk.createCompareMap(doc, map, markers.canvas, ctx);
      relabelSoon();
    },
    (error) => report([`The compared day could not be marked on the map: ${error instanceof Error ? error.message : String(error)}`]),
  );

  // The canvas once its painter has painted it; the labels, Leaflet's DOM, by the next animation frame.
  const drawn = Promise.all([new Promise((resolve) => requestAnimationFrame(resolve)), markers.drawn()]).then(() => {});
  // The layers menu, the legend and the town names come once the data is on screen, in the frame after it: laying
  // out their text is no part of drawing the map (it was a good part of the first layout of the map's box). The
  // names keep clear of them.
  void drawn.then(nextTask).then(() => {
    if (!root.isConnected) return;
    layers.addTo(map);
    createLegend(doc, ctx.analysis().timeline.staleAfterDays, root.clientWidth >= 600).addTo(map);
    markers.labels.show();
  });
  return {
    map,
    markerFor(key) {
      const place =
        placesById.get(key) ?? dataset.places.find((p) => p.name.toLowerCase() === key.trim().toLowerCase());
      const marker = place && markers.marker(place.id);
      const look = marker?.look;
      if (!place || !marker || !look) return null;
      const at = marker.latLng;
      const point = map.latLngToContainerPoint(at);
      const box = root.getBoundingClientRect();
      return {
        ...look,
        id: place.id,
        name: place.name,
        lat: at.lat,
        lng: at.lng,
        containerPoint: { x: point.x, y: point.y },
        clientPoint: { x: box.left + point.x, y: box.top + point.y },
        serial: marker.serial,
      };
    },
    fronts: () => road.fronts(),
    segments: () => road.segments(),
    settle() {
      map.invalidateSize();
      const view = ctx.store.get();
      if (fit) map.fitBounds(REGION);
      else map.setView(view.center, view.zoom, { animate: false });
      road.layer.addTo(map);
      markers.layer.addTo(map);
      drawMarkers(view);
      drawRoad(view);
      labelRoad(view.day);
      // A view from the URL stays as written; the first view fitted to the screen is moved to show the selection.
      if (fit && view.place !== null) reveal(view.place, false);
    },
    restyled: () => restyled,
    drawn,
    canvasDrawn: () => markers.drawn(),
    compared: () => compare?.shown() ?? null,
    async loadBasemap(url) {
      basemap.addData(await fetchBasemap(url));
    },
  };
}
