/**
 * Painting the place circles, off the main thread: what the map layer (`circles.ts`) sends its worker
 * (`circleworker.ts`), and the painting itself. Nothing here touches the DOM or Leaflet.
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

/** One picture of the circles: which changes it shows, its size, and where the circles fall on it. */
export interface CircleFrame {
  /** Counts every change the layer was asked to draw; the picture shows all changes up to this one. */
  version: number;
  /** Size in CSS pixels, and device pixels per CSS pixel. */
  width: number;
  height: number;
  ratio: number;
  /** Subtracted from each circle's projected position to place it on the picture, in CSS pixels. */
  offsetX: number;
  offsetY: number;
}

/** Messages to the worker, handled in order. */
export type CircleRequest =
  /** Every circle's projected position at the frame's zoom, in pixels. */
  | { kind: 'positions'; xs: Float64Array; ys: Float64Array }
  /** The styles in use, and each circle's index into them (-1: not drawn). */
  | { kind: 'styles'; styles: CircleStyle[]; of: Int32Array }
  | { kind: 'draw'; frame: CircleFrame };

/** What the worker knows of the circles: projected positions, the styles in use, and each circle's style. */
export interface Circles {
  xs: Float64Array;
  ys: Float64Array;
  styles: readonly CircleStyle[];
  /** Index into `styles`; -1 for a circle not drawn. */
  of: Int32Array;
}

/** The worker's answer to a draw: the picture, or what went wrong. */
export type CircleReply = { frame: CircleFrame; bitmap: ImageBitmap } | { frame: CircleFrame; error: string };

/** The canvas calls painting needs, which a worker's OffscreenCanvas and a page's canvas both have. */
type Context = OffscreenCanvasRenderingContext2D;

const TAU = 2 * Math.PI;

/** Each style drawn once per device pixel ratio: copying its pixels is far cheaper than filling and stroking again. */
export class Sprites {
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
}

/** A circle centred in an even square of device pixels. */
function drawSprite(style: CircleStyle, ratio: number): OffscreenCanvas {
  const size = 2 * Math.ceil((style.radius + style.weight / 2 + 1) * ratio);
  const sprite = new OffscreenCanvas(size, size);
  const context = sprite.getContext('2d')!;
  context.setTransform(ratio, 0, 0, ratio, size / 2, size / 2);
  context.beginPath();
  context.arc(0, 0, style.radius, 0, TAU);
  context.globalAlpha = style.fillOpacity;
  context.fillStyle = style.fillColor;
  context.fill();
  if (style.stroke) {
    context.globalAlpha = 1;
    context.strokeStyle = style.color;
    context.lineWidth = style.weight;
    context.stroke();
  }
  return sprite;
}

/**
 * Draws every circle with a style onto `context` (cleared first, `frame.width × ratio` device pixels wide): by
 * layer, then in index order, each copied from its sprite at whole device pixels; circles off the picture are skipped.
 */
export function paintCircles(
  context: Context,
  frame: CircleFrame,
  circles: Circles,
  sprites: Sprites,
): void {
  const { width, height } = context.canvas;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  const layers = new Map<number, number[]>();
  circles.of.forEach((styleIndex, i) => {
    const style = circles.styles[styleIndex];
    if (style === undefined) return;
    const layer = layers.get(style.layer);
    if (layer) layer.push(i);
    else layers.set(style.layer, [i]);
  });
  const { ratio, offsetX, offsetY } = frame;
  const spriteOf = circles.styles.map((style) => sprites.get(style, ratio));
  for (const [, members] of [...layers].sort(([a], [b]) => a - b)) {
    for (const i of members) {
      const sprite = spriteOf[circles.of[i]!]!;
      // Whole device pixels: the sprite is copied, not resampled.
      const x = Math.round((circles.xs[i]! - offsetX) * ratio) - sprite.width / 2;
      const y = Math.round((circles.ys[i]! - offsetY) * ratio) - sprite.height / 2;
      if (x + sprite.width > 0 && x < width && y + sprite.height > 0 && y < height) context.drawImage(sprite, x, y);
    }
  }
}
