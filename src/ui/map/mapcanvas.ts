import * as L from 'leaflet';
import { Painter, type CircleStyle, type PaintFrame, type PaintRequest, type Picture } from './mappaint.ts';
import { openPainter, startPainter, type PainterPort } from './painter.ts';
import { PaintState, type RoadLine, type RoadMark } from './paintstate.ts';
import { whenIdle } from '../dom.ts';

export type { CircleStyle, LineStyle } from './mappaint.ts';
export type { RoadLine, RoadMark } from './paintstate.ts';

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

/** A picture that took longer to paint than this (half a frame at 60 Hz), in ms, is painted after the page's next frame. */
const SLOW_PAINT_MS = 8;
/**
 * A map of up to this many circles is painted on the page, in the task that changes it: its picture takes a
 * fraction of a millisecond, less than the worker's round trip (sending, painting, copying back), and shows in the
 * frame of the change rather than a frame or two later.
 */
const PAINT_HERE_UP_TO = 1_000;

/** How many frames in a row the canvas is marked changed once the first picture is on screen (`warmBuffers`). */
const WARM_FRAMES = 2;

/** Starts the painting worker ahead of need where a map of `circles` circles will need one (`PAINT_HERE_UP_TO`). */
export function startPainterFor(circles: number): void {
  if (circles > PAINT_HERE_UP_TO) startPainter();
}

/** A canvas made ahead of need, its memory already taken; the first layer added takes it. */
let spare: { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D | null } | null = null;
/** Whether no layer has been added yet: once one has, a canvas made ahead of need would be made for nothing. */
let early = true;

/**
 * Makes the map's canvas now, `room` device pixels large, so that the 8–13 ms a canvas's memory takes to set up here
 * (software raster) is spent while the page waits for its data rather than when the first picture is waited for.
 */
export function reserveCanvas(doc: Document, room: { width: number; height: number }): void {
  if (!early) return;
  const canvas = doc.createElement('canvas');
  canvas.width = room.width;
  canvas.height = room.height;
  const context = canvas.getContext('2d');
  // Its first call sets the memory up.
  context?.clearRect(0, 0, 1, 1);
  spare = { canvas, context };
}

/** Where a picture goes: the canvas's box in layer pixels, at a zoom and map centre. */
interface View {
  min: L.Point;
  size: L.Point;
  centre: L.LatLng;
  zoom: number;
}

/**
 * The map's data on one canvas: the highway's coloured stretches, thousands of circles over them and marks on the
 * highway over those, painted by a worker (`painter.ts`) and copied here as a bitmap, so a day change that restyles
 * thousands of them costs the page almost nothing. The first picture is painted here, in the task that asks for it,
 * so the map is in the page's next frame: a worker's answer comes a round trip and at least a frame later; so is
 * every picture of a map small enough for that to be cheaper (`PAINT_HERE_UP_TO`). Each picture is shown at once
 * with the position it was drawn for, so a pan or zoom never shows anything out of place. Clicks and hovers are
 * hit-tested here, against the circle nearest the pointer.
 */
export class MapCanvas extends L.Layer {
  private readonly latLngs: readonly L.LatLng[];
  private readonly road: RoadGeometry;
  private readonly state: PaintState;
  private readonly events: CanvasEvents;
  private readonly padding: number;
  private readonly tolerance: number;
  private projectedAt = Number.NaN;
  private canvas: HTMLCanvasElement | null = null;
  private context: CanvasRenderingContext2D | null = null;
  /** The painter on the page of a map small enough to be painted here (`PAINT_HERE_UP_TO`); null for the worker. */
  private here: Painter | null = null;
  private port: PainterPort | null = null;
  /** The view the next picture is for, and the one on screen (which a zoom animation scales). */
  private view: View | null = null;
  private shown: View | null = null;
  /** A request is queued, so that all the changes made before it is sent go in one picture. */
  private queued = false;
  private readonly afterFrame = new MessageChannel();
  /** How long the last picture took to paint, in ms. */
  private paintMs = 0;
  /** One picture at a time is asked for: changes made meanwhile wait for it, and go in the next one. */
  private inFlight: View | null = null;
  private again = false;
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
    this.state = new PaintState(latLngs.length, this.road.km);
    this.events = events;
    this.padding = padding;
    this.tolerance = tolerance;
    this.afterFrame.port1.onmessage = this.flush;
  }

  /** Sets circle `index`'s style; the canvas redraws once, however many change in the same task. */
  setStyle(index: number, style: CircleStyle): void {
    this.state.setStyle(index, style);
    this.changed();
  }

  /** Replaces what is drawn along the highway: `lines` under the circles, in order, and `marks` over them. */
  setRoad(lines: readonly RoadLine[], marks: readonly RoadMark[]): void {
    if (this.state.setRoad(lines, marks)) this.changed();
  }

  /** Replaces what comparing with another day adds: rings around circles (index → colour), and along the highway. */
  setCompare(rings: ReadonlyMap<number, string>, lines: readonly RoadLine[], marks: readonly RoadMark[]): void {
    this.state.setCompare(rings, lines, marks);
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
    const canvas = spare?.canvas ?? L.DomUtil.create('canvas');
    this.context = spare?.context ?? canvas.getContext('2d');
    spare = null;
    early = false;
    canvas.className = 'leaflet-zoom-animated map-canvas';
    this.getPane()?.append(canvas);
    this.canvas = canvas;
    this.port = openPainter({
      picture: (picture) => this.receive(picture),
      restarted: () => {
        this.state.forget();
        this.inFlight = null;
        this.again = false;
        this.changed();
      },
      failed: (message) => this.fail(message),
    });
    this.state.forget();
    this.reset();
    return this;
  }

  override onRemove(): this {
    this.hover(-1);
    this.port?.close();
    this.port = null;
    this.inFlight = null;
    this.canvas?.remove();
    this.canvas = this.context = this.here = null;
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
    const view = { min, size: max.subtract(min), centre: map.getCenter(), zoom: map.getZoom() };
    // The same view again (a fit that lands where the map already is) keeps the picture asked for it, and needs none.
    const was = this.view;
    if (was && was.zoom === view.zoom && was.min.equals(view.min) && was.size.equals(view.size) && was.centre.equals(view.centre)) return;
    this.view = view;
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
    const origin = this._map.getPixelOrigin();
    const frame: PaintFrame = {
      version: this.version,
      width: view.size.x,
      height: view.size.y,
      ratio: window.devicePixelRatio || 1,
      offsetX: origin.x + view.min.x,
      offsetY: origin.y + view.min.y,
    };
    let changes = this.state.changes();
    if (this.shown === null || this.here) {
      if (this.paintHere(changes.map((c) => c.request), frame, view)) {
        // A large map's worker paints every picture after the first, so it is told all of it, once painted here:
        // what is transferred to it is no longer readable here.
        if (!this.here) for (const { request, transfer } of changes) port.post(request, transfer);
        return;
      }
      if (this.here) {
        // Painted here until now, the worker knows nothing yet: it is told everything.
        this.here = null;
        this.state.forget();
        changes = this.state.changes();
      }
    }
    for (const { request, transfer } of changes) port.post(request, transfer);
    this.inFlight = view;
    port.post({ kind: 'draw', frame }, []);
  }

  /**
   * Paints `frame` on the page's canvas from `requests`, everything that changed since the page's painter last
   * painted (or everything, for a painter of its own); false where it could not. A small map keeps the painter.
   */
  private paintHere(requests: readonly PaintRequest[], frame: PaintFrame, view: View): boolean {
    const { canvas, context } = this;
    if (!canvas || !context) return false;
    const painter = this.here ?? new Painter();
    for (const request of requests) painter.handle(request);
    try {
      this.place(canvas, view, Math.round(frame.width * frame.ratio), Math.round(frame.height * frame.ratio), frame.ratio);
      painter.paintOn(context, frame);
    } catch {
      // The worker paints it instead.
      return false;
    }
    this.here = this.latLngs.length <= PAINT_HERE_UP_TO ? painter : null;
    if (this.shown === null) whenIdle(() => this.warmBuffers(WARM_FRAMES))();
    this.shown = view;
    this.shownVersion = frame.version;
    this.settle((w) => w.version <= frame.version);
    return true;
  }

  /**
   * The first times the picture changes after the first, the browser sets up the canvas's next frame buffers (here,
   * compositing in software: 12–19 ms of each of those frames, which were a reader's first two slider steps). Once
   * the first picture is on screen and the page is idle, the canvas is marked changed in `frames` frames in a row by
   * putting back its top left pixel as read (in the margin beyond the view), so those buffers are ready before anyone
   * moves the slider.
   */
  private warmBuffers(frames: number): void {
    if (frames === 0 || !this.context) return;
    const context = this.context;
    requestAnimationFrame(() => {
      if (this.context !== context) return;
      context.putImageData(context.getImageData(0, 0, 1, 1), 0, 0);
      this.warmBuffers(frames - 1);
    });
  }

  private receive(picture: Picture): void {
    const view = this.inFlight;
    this.inFlight = null;
    this.paintMs = picture.took;
    // A picture for a view since left is dropped: the next one, for the view now, is already asked for.
    if (view && view === this.view && this.canvas) this.show(picture.frame, picture.bitmap, view, this.canvas);
    else picture.bitmap.close();
    if (this.again) {
      this.again = false;
      this.request();
    }
  }

  /** Puts the picture on the canvas and the canvas where the picture was drawn for, in the same frame. */
  private show(frame: PaintFrame, bitmap: ImageBitmap, view: View, canvas: HTMLCanvasElement): void {
    this.place(canvas, view, bitmap.width, bitmap.height, bitmap.width / view.size.x);
    this.context?.clearRect(0, 0, canvas.width, canvas.height);
    this.context?.drawImage(bitmap, 0, 0);
    // At once: the painter's next copy of its canvas is cheap only once this one is let go of.
    bitmap.close();
    this.shown = view;
    this.shownVersion = frame.version;
    this.settle((w) => w.version <= frame.version);
  }

  /**
   * Makes the canvas at least `width` × `height` device pixels (`ratio` to a CSS pixel) and puts its top left corner
   * at `view`'s. It only grows, since a canvas resized takes its memory anew: a picture fills its top left, and the
   * rest is clear.
   */
  private place(canvas: HTMLCanvasElement, view: View, width: number, height: number, ratio: number): void {
    if (canvas.width < width) canvas.width = width;
    if (canvas.height < height) canvas.height = height;
    canvas.style.width = `${canvas.width / ratio}px`;
    canvas.style.height = `${canvas.height / ratio}px`;
    L.DomUtil.setPosition(canvas, view.min);
  }

  /** Said once: a painter on the page that cannot paint would fail the same way on every change. */
  private fail(message: string): void {
    this.failed = true;
    this.port?.close();
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
    const map = this._map;
    this.state.setPositions((i) => map.project(this.latLngs[i]!, zoom), (i) => map.project(this.road.latLngs[i]!, zoom));
    this.projectedAt = zoom;
  }

  /** The circle under `point` (layer pixels); -1 for none. */
  private hit(point: L.Point): number {
    if (this._map.getZoom() !== this.projectedAt) return -1;
    const origin = this._map.getPixelOrigin();
    return this.state.circleAt(point.x + origin.x, point.y + origin.y, this.tolerance);
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
