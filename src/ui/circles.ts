import * as L from 'leaflet';

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

export interface CircleEvents {
  /** A click on circle `index`. */
  click(index: number): void;
  /** The pointer is now over circle `index` on `map`, or over none (-1). */
  hover(index: number, map: L.Map): void;
}

const TAU = 2 * Math.PI;

/**
 * Thousands of circles on one canvas, each copied from a sprite drawn once per style and size. Leaflet's canvas
 * renderer fills and strokes every circle marker as a path of its own: with the software rasteriser, stroking
 * thousands of circles costs more than everything else on a day change (and one path per style is slower still).
 * Clicks and hovers are hit-tested here, against the circle nearest the pointer.
 */
export class CircleCanvas extends L.Layer {
  private readonly latLngs: readonly L.LatLng[];
  private readonly styles: (CircleStyle | null)[];
  private readonly keys: string[];
  private readonly events: CircleEvents;
  private readonly padding: number;
  private readonly tolerance: number;
  private xs: Float64Array;
  private ys: Float64Array;
  private projectedAt = Number.NaN;
  private canvas: HTMLCanvasElement | null = null;
  private bounds: L.Bounds | null = null;
  private centre: L.LatLng | null = null;
  private zoom = Number.NaN;
  private frame: number | null = null;
  private hovered = -1;
  /** Each style and size drawn once: copying its pixels is far cheaper than filling and stroking the circle again. */
  private readonly sprites = new Map<string, HTMLCanvasElement>();
  private spriteRatio = Number.NaN;

  /** Circles at `latLngs`, not drawn until each is given a style; `padding` is the margin beyond the view, as Leaflet's. */
  constructor(latLngs: readonly L.LatLng[], events: CircleEvents, { padding = 0.1, tolerance = 0 } = {}) {
    super();
    this.latLngs = latLngs;
    this.styles = latLngs.map(() => null);
    this.keys = latLngs.map(() => '');
    this.events = events;
    this.padding = padding;
    this.tolerance = tolerance;
    this.xs = new Float64Array(latLngs.length);
    this.ys = new Float64Array(latLngs.length);
  }

  /** Sets circle `index`'s style; the canvas redraws once, on the next frame, however many change before it. */
  setStyle(index: number, style: CircleStyle): void {
    this.styles[index] = style;
    this.keys[index] = [style.radius, style.fillColor, style.fillOpacity, style.stroke && style.color, style.weight].join(' ');
    this.redraw();
  }

  /** Draws again on the next frame (once, however often it is asked before). */
  redraw(): void {
    if (this.frame === null && this.canvas) this.frame = L.Util.requestAnimFrame(() => this.draw());
  }

  override onAdd(map: L.Map): this {
    this.canvas = L.DomUtil.create('canvas', 'leaflet-zoom-animated circle-canvas', this.getPane());
    this.reset();
    return this;
  }

  override onRemove(): this {
    this.hover(-1);
    if (this.frame !== null) L.Util.cancelAnimFrame(this.frame);
    this.frame = null;
    this.canvas?.remove();
    this.canvas = null;
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

  /** Places and sizes the canvas over the view plus its margin, as Leaflet's renderers do, and draws it. */
  private reset(): void {
    const canvas = this.canvas;
    if (!canvas) return;
    const map = this._map;
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-this.padding)).round();
    this.bounds = L.bounds(min, min.add(size.multiplyBy(1 + 2 * this.padding)).round());
    this.centre = map.getCenter();
    this.zoom = map.getZoom();
    const extent = this.bounds.getSize();
    const ratio = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(canvas, min);
    canvas.width = Math.round(ratio * extent.x);
    canvas.height = Math.round(ratio * extent.y);
    canvas.style.width = `${extent.x}px`;
    canvas.style.height = `${extent.y}px`;
    if (this.frame !== null) L.Util.cancelAnimFrame(this.frame);
    this.frame = null;
    this.draw();
  }

  private onZoom(): void {
    this.transform(this._map.getCenter(), this._map.getZoom());
  }

  private onZoomAnim(event: L.ZoomAnimEvent): void {
    this.transform(event.center, event.zoom);
  }

  /** Scales the canvas drawn at the last zoom for a zoom in progress, until `moveend` redraws it. */
  private transform(centre: L.LatLng, zoom: number): void {
    const map = this._map;
    if (!this.canvas || !this.centre) return;
    const scale = map.getZoomScale(zoom, this.zoom);
    const half = map.getSize().multiplyBy(0.5 + this.padding);
    const offset = half
      .multiplyBy(-scale)
      .add(map.project(this.centre, zoom))
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

  private draw(): void {
    this.frame = null;
    const canvas = this.canvas;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !this.bounds) return;
    this.project();
    const origin = this._map.getPixelOrigin();
    const { min, max } = this.bounds as { min: L.Point; max: L.Point };
    const ratio = canvas.width / (max.x - min.x);
    if (ratio !== this.spriteRatio) this.sprites.clear();
    this.spriteRatio = ratio;
    const layers = new Map<number, number[]>();
    this.styles.forEach((style, i) => {
      if (style === null) return;
      const layer = layers.get(style.layer) ?? [];
      if (layer.length === 0) layers.set(style.layer, layer);
      layer.push(i);
    });
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    for (const [, members] of [...layers].sort(([a], [b]) => a - b)) {
      for (const i of members) {
        const sprite = this.sprite(i, ratio);
        // Whole device pixels: the sprite is copied, not resampled.
        const x = Math.round((this.xs[i]! - origin.x - min.x) * ratio) - sprite.width / 2;
        const y = Math.round((this.ys[i]! - origin.y - min.y) * ratio) - sprite.height / 2;
        if (x + sprite.width > 0 && x < canvas.width && y + sprite.height > 0 && y < canvas.height) {
          context.drawImage(sprite, x, y);
        }
      }
    }
  }

  /** Circle `index` drawn once per style and size at `ratio` device pixels per pixel, centred in an even square. */
  private sprite(index: number, ratio: number): HTMLCanvasElement {
    const key = this.keys[index]!;
    const cached = this.sprites.get(key);
    if (cached) return cached;
    const style = this.styles[index]!;
    const sprite = this.canvas!.ownerDocument.createElement('canvas');
    const size = 2 * Math.ceil((style.radius + style.weight / 2 + 1) * ratio);
    sprite.width = sprite.height = size;
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
    this.sprites.set(key, sprite);
    return sprite;
  }

  /** The circle under `point` (layer pixels), nearest its centre, topmost on a tie; -1 for none. */
  private hit(point: L.Point): number {
    if (this._map.getZoom() !== this.projectedAt) return -1;
    const origin = this._map.getPixelOrigin();
    const x = point.x + origin.x;
    const y = point.y + origin.y;
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    this.styles.forEach((style, i) => {
      if (style === null) return;
      const distance = Math.hypot(this.xs[i]! - x, this.ys[i]! - y);
      if (distance > style.radius + style.weight / 2 + this.tolerance) return;
      const above = best >= 0 && distance === bestDistance && style.layer > this.styles[best]!.layer;
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
