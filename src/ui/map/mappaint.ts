/**
 * Painting the map's data off the main thread: what the map's canvas layer (`mapcanvas.ts`) sends its painter, and
 * the painting itself. The painter runs in a worker (`mapworker.ts`), or on the page when no worker can start.
 * Nothing here touches the DOM or Leaflet.
 */

/** How one circle is drawn. Circles of a higher `layer` are drawn over those of a lower one. */
export interface CircleStyle {
  radius: number;
  fillColor: string;
  fillOpacity: number;
  stroke: boolean;
  color: string;
  weight: number;
  layer: number;
}

/** How one stretch of the highway is drawn; `dash` in pixels, as canvas `setLineDash` takes it. */
export interface LineStyle {
  color: string;
  weight: number;
  opacity: number;
  dash: number[];
  cap: CanvasLineCap;
}

/** One picture: which changes it shows, its size, and where the data falls on it. */
export interface PaintFrame {
  /** Counts every change the layer was asked to draw; the picture shows all changes up to this one. */
  version: number;
  /** Size in CSS pixels, and device pixels per CSS pixel. */
  width: number;
  height: number;
  ratio: number;
  /** Subtracted from each projected position to place it on the picture, in CSS pixels. */
  offsetX: number;
  offsetY: number;
}

/** The highway's vertices projected at the frame's zoom, in pixels, and the km from Benghazi at each. */
export interface RoadPixels {
  xs: Float64Array;
  ys: Float64Array;
  km: Float64Array;
}

/** What is drawn along the highway: stretches between two kms, under the circles; marks at a km, over them. */
export interface RoadPaint {
  lineStyles: LineStyle[];
  /** Per stretch: from km, to km, index into `lineStyles`. */
  lines: Float64Array;
  markStyles: CircleStyle[];
  /** Per mark: km, index into `markStyles`. */
  marks: Float64Array;
}

/**
 * What comparing two days adds: a ring around each circle whose state differs on the other day, in that day's
 * colour, and along the highway its own stretches (under the road's) and marks (under the road's marks).
 */
export interface ComparePaint {
  /** Per circle: index into `ringColours`; -1 for no ring. */
  rings: Int32Array;
  ringColours: string[];
  road: RoadPaint;
}

/** Messages to the painter, handled in order. */
export type PaintRequest =
  /** Every circle's and highway vertex's projected position at the frame's zoom, in pixels. */
  | { kind: 'positions'; xs: Float64Array; ys: Float64Array; road: RoadPixels }
  /** The circle styles in use, and each circle's index into them (-1: not drawn). */
  | { kind: 'styles'; styles: CircleStyle[]; of: Int32Array }
  | { kind: 'road'; road: RoadPaint }
  | { kind: 'compare'; compare: ComparePaint }
  | { kind: 'draw'; frame: PaintFrame };

/** A painted picture, and how long it took to paint, in ms. */
export interface Picture {
  frame: PaintFrame;
  bitmap: ImageBitmap;
  took: number;
}

/** The painter's answer to a draw: the picture, or what went wrong. */
export type PaintReply = Picture | { frame: PaintFrame; error: string };

/** The canvas calls painting needs, which a worker's OffscreenCanvas and the map's canvas on the page both have. */
export type Context = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

const TAU = 2 * Math.PI;
const NO_ROAD: RoadPixels = { xs: new Float64Array(0), ys: new Float64Array(0), km: new Float64Array(0) };
const NOTHING_ALONG: RoadPaint = { lineStyles: [], lines: new Float64Array(0), markStyles: [], marks: new Float64Array(0) };
/** A compare ring: its width, and the gap between it and its circle's edge, in pixels. */
const RING_WEIGHT = 3;
const RING_GAP = 2;

/**
 * Keeps what it is sent and paints it, on a canvas of its own to answer each draw with a bitmap, or on one it is
 * given: the compared day's stretches, the highway's, the circles by layer, their compare rings, then the compared
 * day's marks on the highway and the highway's own.
 */
export class Painter {
  private readonly canvas = new OffscreenCanvas(1, 1);
  private readonly context = this.canvas.getContext('2d');
  private readonly sprites = new Sprites();
  private xs: Float64Array = new Float64Array(0);
  private ys: Float64Array = new Float64Array(0);
  private styles: readonly CircleStyle[] = [];
  private of: Int32Array = new Int32Array(0);
  private road = NO_ROAD;
  private paint: RoadPaint = NOTHING_ALONG;
  private compare: ComparePaint = { rings: new Int32Array(0), ringColours: [], road: NOTHING_ALONG };

  /**
   * The first painting of a canvas's life sets it up, which takes tens of milliseconds: a painter made while the
   * page loads its data does it then, not when the first picture is waited for.
   */
  warm(): void {
    this.handle({ kind: 'styles', styles: [{ radius: 1, fillColor: '#000000', fillOpacity: 1, stroke: true, color: '#ffffff', weight: 1, layer: 0 }], of: new Int32Array([0]) });
    this.handle({ kind: 'positions', xs: new Float64Array(1), ys: new Float64Array(1), road: NO_ROAD });
    void this.handle({ kind: 'draw', frame: { version: 0, width: 1, height: 1, ratio: 1, offsetX: 0, offsetY: 0 } })?.then((reply) => 'bitmap' in reply && reply.bitmap.close());
    this.handle({ kind: 'styles', styles: [], of: new Int32Array(0) });
  }

  /** Takes in one request; a draw is answered with its picture, painted at once. */
  handle(request: PaintRequest): Promise<PaintReply> | null {
    if (request.kind === 'positions') ({ xs: this.xs, ys: this.ys, road: this.road } = request);
    else if (request.kind === 'styles') ({ styles: this.styles, of: this.of } = request);
    else if (request.kind === 'road') this.paint = request.road;
    else if (request.kind === 'compare') this.compare = request.compare;
    else return this.draw(request.frame);
    return null;
  }

  /**
   * Paints the picture on the painter's own canvas and answers with a copy of it. The canvas keeps its memory: handing
   * it over with `transferToImageBitmap` left it none, and making more took 8–10 ms of every picture here (software
   * raster), more than painting 5,000 circles; a copy is taken in well under a millisecond once the page has let go of
   * the one before.
   */
  private async draw(frame: PaintFrame): Promise<PaintReply> {
    const { canvas, context } = this;
    const start = performance.now();
    try {
      if (!context) throw new Error('this browser gives no 2D canvas off the page');
      const width = Math.round(frame.width * frame.ratio);
      const height = Math.round(frame.height * frame.ratio);
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      this.paintOn(context, frame);
      const bitmap = await createImageBitmap(canvas);
      return { frame, bitmap, took: performance.now() - start };
    } catch (error) {
      return { frame, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Paints the picture `frame` on `context`, whose canvas is the frame's size in device pixels. */
  paintOn(context: Context, frame: PaintFrame): void {
    const { width, height } = context.canvas;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    this.drawLines(context, frame, this.compare.road);
    this.drawLines(context, frame, this.paint);
    const ratio = frame.ratio;
    const stamp = (x: number, y: number, sprite: OffscreenCanvas): void => {
      // Whole device pixels: the sprite is copied, not resampled.
      const left = Math.round((x - frame.offsetX) * ratio) - sprite.width / 2;
      const top = Math.round((y - frame.offsetY) * ratio) - sprite.height / 2;
      if (left + sprite.width > 0 && left < width && top + sprite.height > 0 && top < height) {
        context.drawImage(sprite, left, top);
      }
    };
    // Sprites are copied in device pixels, not under the highway's scale: on a screen of two device pixels to the
    // pixel that put every circle at twice its place and size.
    context.setTransform(1, 0, 0, 1, 0, 0);
    const spriteOf = (styles: readonly CircleStyle[]): OffscreenCanvas[] => styles.map((s) => this.sprites.get(s, ratio));
    const circles = spriteOf(this.styles);
    for (const i of byLayer(this.styles, this.of)) stamp(this.xs[i]!, this.ys[i]!, circles[this.of[i]!]!);
    const { rings } = this.compare;
    const ringsOf = this.ringSprites(ratio);
    for (let i = 0; i < rings.length; i++) {
      if (rings[i]! < 0 || this.styles[this.of[i]!] === undefined) continue;
      stamp(this.xs[i]!, this.ys[i]!, ringsOf(this.of[i]!, rings[i]!));
    }
    // Marks are placed along the highway: none without one.
    for (const { marks, markStyles } of this.road.km.length > 1 ? [this.compare.road, this.paint] : []) {
      const markSprites = spriteOf(markStyles);
      for (let m = 0; m < marks.length; m += 2) stamp(...along(this.road, marks[m]!), markSprites[marks[m + 1]!]!);
    }
  }

  /** The sprite of a ring in ring colour `colour` around circles of style `style`, looked up once per pair in a picture. */
  private ringSprites(ratio: number): (style: number, colour: number) => OffscreenCanvas {
    const { ringColours } = this.compare;
    const pairs = new Map<number, OffscreenCanvas>();
    return (style, colour) => {
      const key = style * ringColours.length + colour;
      let sprite = pairs.get(key);
      if (!sprite) {
        const circle = this.styles[style]!;
        const radius = circle.radius + circle.weight / 2 + RING_GAP + RING_WEIGHT / 2;
        pairs.set(key, (sprite = this.sprites.ring(radius, ringColours[colour]!, ratio)));
      }
      return sprite;
    };
  }

  /** Each stretch of `paint`, as the straight lines between the highway's projected vertices. */
  private drawLines(context: Context, frame: PaintFrame, { lines, lineStyles }: RoadPaint): void {
    const { xs, ys, km } = this.road;
    if (km.length < 2) return;
    context.setTransform(frame.ratio, 0, 0, frame.ratio, 0, 0);
    context.lineJoin = 'round';
    for (let l = 0; l < lines.length; l += 3) {
      const [from, to] = [lines[l]!, lines[l + 1]!];
      const style = lineStyles[lines[l + 2]!]!;
      context.beginPath();
      const [x0, y0] = along(this.road, from);
      context.moveTo(x0 - frame.offsetX, y0 - frame.offsetY);
      for (let i = firstPast(km, from); i < km.length && km[i]! < to; i++) {
        context.lineTo(xs[i]! - frame.offsetX, ys[i]! - frame.offsetY);
      }
      const [x1, y1] = along(this.road, to);
      context.lineTo(x1 - frame.offsetX, y1 - frame.offsetY);
      context.globalAlpha = style.opacity;
      context.strokeStyle = style.color;
      context.lineWidth = style.weight;
      context.lineCap = style.cap;
      context.setLineDash(style.dash);
      context.stroke();
    }
    context.globalAlpha = 1;
    context.setLineDash([]);
  }
}

/** The indices of circles with a style, by layer, then in index order. */
function byLayer(styles: readonly CircleStyle[], of: Int32Array): number[] {
  const layers = new Map<number, number[]>();
  of.forEach((styleIndex, i) => {
    const style = styles[styleIndex];
    if (style === undefined) return;
    const layer = layers.get(style.layer);
    if (layer) layer.push(i);
    else layers.set(style.layer, [i]);
  });
  return [...layers].sort(([a], [b]) => a - b).flatMap(([, members]) => members);
}

/** The projected point `km` along the highway, between the vertices on either side (clamped to its ends). */
function along({ xs, ys, km }: RoadPixels, at: number): [number, number] {
  const last = km.length - 1;
  const i = Math.min(Math.max(firstPast(km, at), 1), last);
  const span = km[i]! - km[i - 1]!;
  const t = span > 0 ? Math.min(Math.max((at - km[i - 1]!) / span, 0), 1) : 0;
  return [xs[i - 1]! + t * (xs[i]! - xs[i - 1]!), ys[i - 1]! + t * (ys[i]! - ys[i - 1]!)];
}

/** The first index whose km is past `at`, or the length where none is. */
function firstPast(km: Float64Array, at: number): number {
  let lo = 0;
  let hi = km.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (km[mid]! > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Each style drawn once per device pixel ratio: copying its pixels is far cheaper than filling and stroking again. */
class Sprites {
  private readonly cache = new Map<string, OffscreenCanvas>();
  private ratio = Number.NaN;

  get(style: CircleStyle, ratio: number): OffscreenCanvas {
    if (ratio !== this.ratio) this.cache.clear();
    this.ratio = ratio;
    const key = [style.radius, style.fillColor, style.fillOpacity, style.stroke && style.color, style.weight].join(' ');
    let sprite = this.cache.get(key);
    if (!sprite) this.cache.set(key, (sprite = drawSprite(style, ratio)));
    return sprite;
  }

  /** A compare ring of `radius`: white under the colour, so that it reads against land, sea and highway alike. */
  ring(radius: number, colour: string, ratio: number): OffscreenCanvas {
    const key = `ring ${radius} ${colour}`;
    let sprite = this.cache.get(key);
    if (!sprite) {
      const ring = (color: string, weight: number): CircleStyle =>
        ({ radius, fillColor: '#000000', fillOpacity: 0, stroke: true, color, weight, layer: 0 });
      this.cache.set(key, (sprite = drawSprite(ring('#ffffff', RING_WEIGHT + 2), ratio, ring(colour, RING_WEIGHT))));
    }
    return sprite;
  }
}

/** A circle centred in an even square of device pixels; `over`, as wide or narrower, drawn on it in the same square. */
function drawSprite(style: CircleStyle, ratio: number, over?: CircleStyle): OffscreenCanvas {
  const size = 2 * Math.ceil((style.radius + style.weight / 2 + 1) * ratio);
  const sprite = new OffscreenCanvas(size, size);
  const context = sprite.getContext('2d')!;
  context.setTransform(ratio, 0, 0, ratio, size / 2, size / 2);
  for (const circle of over ? [style, over] : [style]) {
    context.beginPath();
    context.arc(0, 0, circle.radius, 0, TAU);
    context.globalAlpha = circle.fillOpacity;
    context.fillStyle = circle.fillColor;
    context.fill();
    if (circle.stroke) {
      context.globalAlpha = 1;
      context.strokeStyle = circle.color;
      context.lineWidth = circle.weight;
      context.stroke();
    }
  }
  return sprite;
}
