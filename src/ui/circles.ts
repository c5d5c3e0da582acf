import * as L from 'leaflet';
import CircleWorker from './circleworker.ts?worker';
import type { CircleFrame, CircleReply, CircleRequest, CircleStyle } from './circlepaint.ts';

export type { CircleStyle } from './circlepaint.ts';

export interface CircleEvents {
  /** A click on circle `index`. */
  click(index: number): void;
  /** The pointer is now over circle `index` on `map`, or over none (-1). */
  hover(index: number, map: L.Map): void;
  /** The circles could not be drawn, said so a reader knows what is missing. */
  error(message: string): void;
}

/** A worker started ahead of need; the first layer added takes it. */
let spare: { worker: Worker; failure: string | null } | null = null;

const NO_START = 'the drawing worker did not start';

/**
 * Starts a painting worker now, so that loading and starting it overlaps with whatever the page does before its
 * first circles layer is added (fetching the data, say) instead of delaying the first picture.
 */
export function startCircleWorker(): void {
  if (spare) return;
  const worker = new CircleWorker();
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

/**
 * Thousands of circles on one canvas, painted by a worker (`circleworker.ts`) and shown here as a bitmap, so a day
 * change that restyles thousands of them costs the page almost nothing. Each picture is shown at once with the
 * position it was drawn for, so a pan or zoom never shows circles out of place. Clicks and hovers are hit-tested
 * here, against the circle nearest the pointer.
 */
export class CircleCanvas extends L.Layer {
  private readonly latLngs: readonly L.LatLng[];
  /** Every style set so far, once each (a few hundred at most: states by sizes), and each circle's index into them. */
  private readonly styles: CircleStyle[] = [];
  private readonly styleAt = new Map<string, number>();
  private readonly of: Int32Array;
  private readonly events: CircleEvents;
  private readonly padding: number;
  private readonly tolerance: number;
  private xs: Float64Array;
  private ys: Float64Array;
  private projectedAt = Number.NaN;
  private canvas: HTMLCanvasElement | null = null;
  private worker: Worker | null = null;
  /** The view the next picture is for, and the one on screen (which a zoom animation scales). */
  private view: View | null = null;
  private shown: View | null = null;
  /** A request is queued for the end of the current task, so that all the styles one change sets go in one picture. */
  private queued = false;
  /** One picture at a time is asked for: changes made meanwhile wait for it, and go in the next one. */
  private inFlight: View | null = null;
  private again = false;
  private sentZoom = Number.NaN;
  private stylesSent = false;
  /** Counts changes, so that `drawn` knows when the picture on screen has them all. */
  private version = 0;
  private shownVersion = -1;
  private waiting: { version: number; resolve: () => void }[] = [];
  private hovered = -1;
  private failed = false;

  /** Circles at `latLngs`, not drawn until each is given a style; `padding` is the margin beyond the view, as Leaflet's. */
  constructor(latLngs: readonly L.LatLng[], events: CircleEvents, { padding = 0.1, tolerance = 0 } = {}) {
    super();
    this.latLngs = latLngs;
    this.of = new Int32Array(latLngs.length).fill(-1);
    this.events = events;
    this.padding = padding;
    this.tolerance = tolerance;
    this.xs = new Float64Array(latLngs.length);
    this.ys = new Float64Array(latLngs.length);
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
    this.version += 1;
    this.redraw();
  }

  /**
   * Draws again once the current task is done (once, however often it is asked before): the worker then paints
   * while this thread finishes the day change and its frame, rather than starting only in the next one.
   */
  redraw(): void {
    if (this.queued || !this.canvas) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.request();
    });
  }

  /** Resolves once the picture on screen shows every style set so far (or drawing has failed, which is reported). */
  drawn(): Promise<void> {
    if (this.failed || this.shownVersion >= this.version) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ version: this.version, resolve }));
  }

  override onAdd(): this {
    this.canvas = L.DomUtil.create('canvas', 'leaflet-zoom-animated circle-canvas', this.getPane());
    const { worker, failure } = spare ?? { worker: new CircleWorker(), failure: null };
    spare = null;
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<CircleReply>) => this.receive(event.data);
    worker.onerror = (event) => this.fail(event.message || NO_START);
    if (failure !== null) queueMicrotask(() => this.fail(failure));
    this.sentZoom = Number.NaN;
    this.stylesSent = false;
    this.reset();
    return this;
  }

  override onRemove(): this {
    this.hover(-1);
    this.worker?.terminate();
    this.worker = null;
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
    this.version += 1;
    this.redraw();
  }

  /** Sends the worker what changed since the last picture and asks for the next one. */
  private request(): void {
    const { worker, view } = this;
    if (!worker || !view) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.project();
    const post = (message: CircleRequest, transfer: Transferable[] = []): void => worker.postMessage(message, transfer);
    if (this.sentZoom !== this.projectedAt) {
      const [xs, ys] = [this.xs.slice(), this.ys.slice()];
      post({ kind: 'positions', xs, ys }, [xs.buffer, ys.buffer]);
      this.sentZoom = this.projectedAt;
    }
    if (!this.stylesSent) {
      const of = this.of.slice();
      post({ kind: 'styles', styles: this.styles, of }, [of.buffer]);
      this.stylesSent = true;
    }
    const origin = this._map.getPixelOrigin();
    const frame: CircleFrame = {
      version: this.version,
      width: view.size.x,
      height: view.size.y,
      ratio: window.devicePixelRatio || 1,
      offsetX: origin.x + view.min.x,
      offsetY: origin.y + view.min.y,
    };
    post({ kind: 'draw', frame });
    this.inFlight = view;
  }

  private receive(reply: CircleReply): void {
    const view = this.inFlight;
    this.inFlight = null;
    if ('error' in reply) return this.fail(reply.error);
    // A picture for a view since left is dropped: the next one, for the view now, is already asked for.
    if (view && view === this.view && this.canvas) this.show(reply.frame, reply.bitmap, view, this.canvas);
    else reply.bitmap.close();
    if (this.again) {
      this.again = false;
      this.request();
    }
  }

  /** Puts the picture on the canvas and the canvas where the picture was drawn for, in the same frame. */
  private show(frame: CircleFrame, bitmap: ImageBitmap, view: View, canvas: HTMLCanvasElement): void {
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

  /** Said once: a worker that cannot paint would fail the same way on every day change. */
  private fail(message: string): void {
    this.failed = true;
    this.worker?.terminate();
    this.worker = null;
    this.events.error(`The place markers could not be drawn: ${message}`);
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
    this.latLngs.forEach((latLng, i) => {
      const point = this._map.project(latLng, zoom);
      this.xs[i] = point.x;
      this.ys[i] = point.y;
    });
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
