import * as L from 'leaflet';
import { Painter, type CircleStyle, type LineStyle, type PaintFrame, type PaintReply, type PaintRequest } from './mappaint.ts';
import MapWorker from './mapworker.ts?worker';

export type { CircleStyle, LineStyle } from './mappaint.ts';

export interface CanvasEvents {
  /** A click on circle `index`. */
  click(index: number): void;
  /** The pointer is now over circle `index` on `map`, or over none (-1). */
  hover(index: number, map: L.Map): void;
  /** Nothing could be drawn, said so a reader knows what is missing. */
  error(message: string): void;
}

/** The highway as the layer draws along it: its vertices, and the km from Benghazi at each. */
export interface RoadGeometry {
  latLngs: readonly L.LatLng[];
  km: readonly number[];
}

/** A stretch of the highway between two kms, drawn under the circles. */
export interface RoadLine {
  fromKm: number;
  toKm: number;
  style: LineStyle;
}

/** A mark on the highway at a km, drawn over the circles. */
export interface RoadMark {
  km: number;
  style: CircleStyle;
}

/** A picture that took longer to paint than this (half a frame at 60 Hz), in ms, is painted after the page's next frame. */
const SLOW_PAINT_MS = 8;

/** A worker started ahead of need; the first layer added takes it. */
let spare: { worker: Worker; failure: string | null } | null = null;

const NO_START = 'the painting worker did not start';

/**
 * Starts a painting worker now, so that loading and starting it overlaps with whatever the page does before its
 * first canvas layer is added (fetching the data, say) instead of delaying the first picture.
 */
export function startPainter(): void {
  if (spare) return;
  const worker = new MapWorker();
  const started = { worker, failure: null as string | null };
  // A worker that fails to load says so once, perhaps before any layer listens: kept for the layer that takes it.
  worker.onerror = (event) => void (started.failure = event.message || NO_START);
  spare = started;
}

/** Where a picture goes: the canvas's box in layer pixels, at a zoom and map centre. */
interface View {
  min: L.Point;
  size: L.Point;
  centre: L.LatLng;
  zoom: number;
}

/** Where requests go: the worker, or a painter on this page when no worker can paint. */
interface Port {
  /** The painter on this page, the last resort. */
  local?: boolean;
  post(message: PaintRequest, transfer?: Transferable[]): void;
  close(): void;
}

/**
 * The map's data on one canvas: the highway's coloured stretches, thousands of circles over them and marks on the
 * highway over those, painted by a worker (`mapworker.ts`) and shown here as a bitmap, so a day change that
 * restyles thousands of them costs the page almost nothing. Each picture is shown at once with the position it was
 * drawn for, so a pan or zoom never shows anything out of place. Clicks and hovers are hit-tested here, against
 * the circle nearest the pointer.
 */
export class MapCanvas extends L.Layer {
  private readonly latLngs: readonly L.LatLng[];
  private readonly road: RoadGeometry;
  /** Every style set so far, once each (a few hundred at most: states by sizes), and each circle's index into them. */
  private readonly styles: CircleStyle[] = [];
  private readonly styleAt = new Map<string, number>();
  private readonly of: Int32Array;
  private readonly events: CanvasEvents;
  private readonly padding: number;
  private readonly tolerance: number;
  private xs: Float64Array;
  private ys: Float64Array;
  private roadXs: Float64Array;
  private roadYs: Float64Array;
  private projectedAt = Number.NaN;
  private canvas: HTMLCanvasElement | null = null;
  private port: Port | null = null;
  /** The view the next picture is for, and the one on screen (which a zoom animation scales). */
  private view: View | null = null;
  private shown: View | null = null;
  /** A request is queued for after the next frame, so that all the changes made before it go in one picture. */
  private queued = false;
  private readonly afterFrame = new MessageChannel();
  /** How long the last picture took to paint, in ms. */
  private paintMs = 0;
  /** One picture at a time is asked for: changes made meanwhile wait for it, and go in the next one. */
  private inFlight: View | null = null;
  private again = false;
  private sentZoom = Number.NaN;
  private stylesSent = false;
  /** What goes along the highway, and whether the painter has it. */
  private roadPaint: Extract<PaintRequest, { kind: 'road' }> | null = null;
  private roadSent = false;
  /** Counts changes, so that `drawn` knows when the picture on screen has them all. */
  private version = 0;
  private shownVersion = -1;
  private waiting: { version: number; resolve: () => void }[] = [];
  private hovered = -1;
  private failed = false;

  /**
   * Circles at `latLngs`, not drawn until each is given a style, and the highway along `road`, drawn as `setRoad`
   * says; `padding` is the margin beyond the view, as Leaflet's.
   */
  constructor(
    latLngs: readonly L.LatLng[],
    road: RoadGeometry | null,
    events: CanvasEvents,
    { padding = 0.1, tolerance = 0 } = {},
  ) {
    super();
    this.latLngs = latLngs;
    this.road = road ?? { latLngs: [], km: [] };
    this.of = new Int32Array(latLngs.length).fill(-1);
    this.events = events;
    this.padding = padding;
    this.tolerance = tolerance;
    this.afterFrame.port1.onmessage = this.flush;
    this.xs = new Float64Array(latLngs.length);
    this.ys = new Float64Array(latLngs.length);
    this.roadXs = new Float64Array(this.road.latLngs.length);
    this.roadYs = new Float64Array(this.road.latLngs.length);
  }

  /** Sets circle `index`'s style; the canvas redraws once, however many change in the same task. */
  setStyle(index: number, style: CircleStyle): void {
    const key = [style.radius, style.fillColor, style.fillOpacity, style.stroke && style.color, style.weight, style.layer].join(' ');
    let at = this.styleAt.get(key);
    if (at === undefined) {
      this.styleAt.set(key, (at = this.styles.length));
      this.styles.push(style);
    }
    this.of[index] = at;
    this.stylesSent = false;
    this.changed();
  }

  /** Replaces what is drawn along the highway: `lines` under the circles, in order, and `marks` over them. */
  setRoad(lines: readonly RoadLine[], marks: readonly RoadMark[]): void {
    const lineStyles = new Indexed<LineStyle>();
    const markStyles = new Indexed<CircleStyle>();
    const packedLines = new Float64Array(3 * lines.length);
    lines.forEach((line, i) => packedLines.set([line.fromKm, line.toKm, lineStyles.of(line.style)], 3 * i));
    const packedMarks = new Float64Array(2 * marks.length);
    marks.forEach((mark, i) => packedMarks.set([mark.km, markStyles.of(mark.style)], 2 * i));
    this.roadPaint = {
      kind: 'road',
      road: { lines: packedLines, lineStyles: lineStyles.items, marks: packedMarks, markStyles: markStyles.items },
    };
    this.roadSent = false;
    this.changed();
  }

  private changed(): void {
    this.version += 1;
    this.redraw();
  }

  /**
   * Draws again once the current task is done (once, however often it is asked before), so the picture can be in
   * the next frame. A picture that takes long to paint is asked for after that frame instead: painted alongside it,
   * it competed with the frame for the CPU (two cores here), which took longer (slider step p95 13–17 ms against
   * 13–14 in alternating runs with 5,000 places), and came no sooner, as it missed that frame anyway.
   */
  redraw(): void {
    if (this.queued || !this.canvas) return;
    this.queued = true;
    if (this.paintMs < SLOW_PAINT_MS) queueMicrotask(this.flush);
    // A message posted from an animation frame callback is handled once that frame's rendering is done.
    else requestAnimationFrame(() => this.afterFrame.port2.postMessage(null));
  }

  private readonly flush = (): void => {
    this.queued = false;
    this.request();
  };

  /** Resolves once the picture on screen shows every change so far (or drawing has failed, which is reported). */
  drawn(): Promise<void> {
    if (this.failed || this.shownVersion >= this.version) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ version: this.version, resolve }));
  }

  override onAdd(): this {
    this.canvas = L.DomUtil.create('canvas', 'leaflet-zoom-animated map-canvas', this.getPane());
    const { worker, failure } = spare ?? { worker: new MapWorker(), failure: null };
    spare = null;
    worker.onmessage = (event: MessageEvent<PaintReply>) => this.receive(event.data);
    worker.onerror = (event) => this.fallBack(event.message || NO_START);
    this.port = { post: (message, transfer = []) => worker.postMessage(message, transfer), close: () => worker.terminate() };
    if (failure !== null) queueMicrotask(() => this.fallBack(failure));
    this.sentZoom = Number.NaN;
    this.stylesSent = this.roadSent = false;
    this.reset();
    return this;
  }

  override onRemove(): this {
    this.hover(-1);
    this.port?.close();
    this.port = null;
    this.inFlight = null;
    this.canvas?.remove();
    this.canvas = null;
    this.view = this.shown = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    // Leaflet binds these to the layer while it is on a map.
    return {
      viewreset: this.reset,
      moveend: this.reset,
      zoom: this.onZoom,
      zoomanim: this.onZoomAnim as L.LeafletEventHandlerFn,
      click: this.onClick as L.LeafletEventHandlerFn,
      mousemove: this.onMove as L.LeafletEventHandlerFn,
      mouseout: this.onOut,
    };
  }

  /** The view plus its margin, as Leaflet's renderers size theirs; drawn for once the current task is done. */
  private reset(): void {
    const map = this._map;
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-this.padding)).round();
    const max = min.add(size.multiplyBy(1 + 2 * this.padding)).round();
    this.view = { min, size: max.subtract(min), centre: map.getCenter(), zoom: map.getZoom() };
    this.changed();
  }

  /** Sends the painter what changed since the last picture and asks for the next one. */
  private request(): void {
    const { port, view } = this;
    if (!port || !view) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.project();
    if (this.sentZoom !== this.projectedAt) {
      const [xs, ys, roadXs, roadYs] = [this.xs, this.ys, this.roadXs, this.roadYs].map((a) => a.slice());
      const road = { xs: roadXs!, ys: roadYs!, km: Float64Array.from(this.road.km) };
      port.post({ kind: 'positions', xs: xs!, ys: ys!, road }, [xs!, ys!, road.xs, road.ys, road.km].map((a) => a.buffer));
      this.sentZoom = this.projectedAt;
    }
    if (!this.stylesSent) {
      const of = this.of.slice();
      port.post({ kind: 'styles', styles: this.styles, of }, [of.buffer]);
      this.stylesSent = true;
    }
    if (!this.roadSent && this.roadPaint) {
      port.post(this.roadPaint);
      this.roadSent = true;
    }
    const origin = this._map.getPixelOrigin();
    const frame: PaintFrame = {
      version: this.version,
      width: view.size.x,
      height: view.size.y,
      ratio: window.devicePixelRatio || 1,
      offsetX: origin.x + view.min.x,
      offsetY: origin.y + view.min.y,
    };
    this.inFlight = view;
    port.post({ kind: 'draw', frame });
  }

  private receive(reply: PaintReply): void {
    const view = this.inFlight;
    this.inFlight = null;
    if ('error' in reply) return this.port?.local ? this.fail(reply.error) : this.fallBack(reply.error);
    // A picture for a view since left is dropped: the next one, for the view now, is already asked for.
    this.paintMs = reply.took;
    if (view && view === this.view && this.canvas) this.show(reply.frame, reply.bitmap, view, this.canvas);
    else reply.bitmap.close();
    if (this.again) {
      this.again = false;
      this.request();
    }
  }

  /** Puts the picture on the canvas and the canvas where the picture was drawn for, in the same frame. */
  private show(frame: PaintFrame, bitmap: ImageBitmap, view: View, canvas: HTMLCanvasElement): void {
    if (canvas.width !== bitmap.width) canvas.width = bitmap.width;
    if (canvas.height !== bitmap.height) canvas.height = bitmap.height;
    canvas.style.width = `${view.size.x}px`;
    canvas.style.height = `${view.size.y}px`;
    L.DomUtil.setPosition(canvas, view.min);
    canvas.getContext('bitmaprenderer')?.transferFromImageBitmap(bitmap);
    this.shown = view;
    this.shownVersion = frame.version;
    this.settle((w) => w.version <= frame.version);
  }

  /**
   * A worker that cannot start or paint is replaced by a painter on this page, sent everything again: slower on a
   * day change, but the map is all there.
   */
  private fallBack(reason: string): void {
    if (!this.canvas || this.port?.local) return;
    this.port?.close();
    console.warn(`Frontline paints the map on the page itself: ${reason}`);
    const painter = new Painter();
    this.port = {
      local: true,
      post: (message) => {
        const reply = painter.handle(message);
        if (reply) queueMicrotask(() => this.receive(reply));
      },
      close: () => {},
    };
    this.sentZoom = Number.NaN;
    this.stylesSent = this.roadSent = false;
    this.inFlight = null;
    this.again = false;
    this.changed();
  }

  /** Said once: a painter on the page that cannot paint would fail the same way on every change. */
  private fail(message: string): void {
    this.failed = true;
    this.port = null;
    this.events.error(`The map's places and highway could not be drawn: ${message}`);
    this.settle(() => true);
  }

  private settle(done: (waiting: { version: number }) => boolean): void {
    const [ready, rest] = [this.waiting.filter(done), this.waiting.filter((w) => !done(w))];
    this.waiting = rest;
    for (const w of ready) w.resolve();
  }

  private onZoom(): void {
    this.transform(this._map.getCenter(), this._map.getZoom());
  }

  private onZoomAnim(event: L.ZoomAnimEvent): void {
    this.transform(event.center, event.zoom);
  }

  /** Scales the picture on screen for a zoom in progress, until the one for the new view replaces it. */
  private transform(centre: L.LatLng, zoom: number): void {
    const map = this._map;
    const shown = this.shown;
    if (!this.canvas || !shown) return;
    const scale = map.getZoomScale(zoom, shown.zoom);
    const half = map.getSize().multiplyBy(0.5 + this.padding);
    const offset = half
      .multiplyBy(-scale)
      .add(map.project(shown.centre, zoom))
      .subtract((map as unknown as { _getNewPixelOrigin(c: L.LatLng, z: number): L.Point })._getNewPixelOrigin(centre, zoom));
    L.DomUtil.setTransform(this.canvas, offset, scale);
  }

  /** Pixel positions at the map's zoom, measured again only when the zoom changes. */
  private project(): void {
    const zoom = this._map.getZoom();
    if (zoom === this.projectedAt) return;
    const into = (latLngs: readonly L.LatLng[], xs: Float64Array, ys: Float64Array): void =>
      latLngs.forEach((latLng, i) => {
        const point = this._map.project(latLng, zoom);
        xs[i] = point.x;
        ys[i] = point.y;
      });
    into(this.latLngs, this.xs, this.ys);
    into(this.road.latLngs, this.roadXs, this.roadYs);
    this.projectedAt = zoom;
  }

  /** The circle under `point` (layer pixels), nearest its centre, topmost on a tie; -1 for none. */
  private hit(point: L.Point): number {
    if (this._map.getZoom() !== this.projectedAt) return -1;
    const origin = this._map.getPixelOrigin();
    const x = point.x + origin.x;
    const y = point.y + origin.y;
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    this.of.forEach((at, i) => {
      const style = this.styles[at];
      if (style === undefined) return;
      const distance = Math.hypot(this.xs[i]! - x, this.ys[i]! - y);
      if (distance > style.radius + style.weight / 2 + this.tolerance) return;
      const above = best >= 0 && distance === bestDistance && style.layer > this.styles[this.of[best]!]!.layer;
      if (distance < bestDistance || above) {
        best = i;
        bestDistance = distance;
      }
    });
    return best;
  }

  private onClick(event: L.LeafletMouseEvent): void {
    const index = this.hit(event.layerPoint);
    if (index >= 0) this.events.click(index);
  }

  private onMove(event: L.LeafletMouseEvent): void {
    this.hover(this.hit(event.layerPoint));
  }

  private onOut(): void {
    this.hover(-1);
  }

  private hover(index: number): void {
    if (index === this.hovered) return;
    this.hovered = index;
    this.canvas?.classList.toggle('leaflet-interactive', index >= 0);
    this.events.hover(index, this._map);
  }
}

/** Objects numbered in the order first seen, each once: styles are shared objects, a few per kind. */
class Indexed<T extends object> {
  readonly items: T[] = [];
  private readonly numbers = new Map<T, number>();

  of(item: T): number {
    let n = this.numbers.get(item);
    if (n === undefined) {
      this.numbers.set(item, (n = this.items.length));
      this.items.push(item);
    }
    return n;
  }
}
