import type { CircleStyle, ComparePaint, LineStyle, PaintRequest, RoadPaint } from './mappaint.ts';

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

/**
 * What the map canvas's painter is to draw, and what of it has changed since it was last told: the circles'
 * projected positions and styles, the highway's projected vertices, and what goes along the highway. It also says
 * which circle lies under a point, from the same positions and styles.
 */
export class PaintState {
  /** Every style set so far, once each (a few hundred at most: states by sizes), and each circle's index into them. */
  private readonly styles: CircleStyle[] = [];
  private readonly styleAt = new Map<string, number>();
  /** The same, by the style object itself: a caller that keeps one object per look is answered without a key. */
  private readonly styleOf = new Map<CircleStyle, number>();
  private readonly of: Int32Array;
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private readonly roadXs: Float64Array;
  private readonly roadYs: Float64Array;
  private readonly roadKm: Float64Array;
  private road: RoadPaint | null = null;
  private compare: ComparePaint | null = null;
  private stale = { positions: true, styles: true, road: true, compare: true };

  /** `circles` circles, none drawn until given a style; a highway of `roadKm.length` vertices, at those kms. */
  constructor(circles: number, roadKm: readonly number[]) {
    this.of = new Int32Array(circles).fill(-1);
    this.xs = new Float64Array(circles);
    this.ys = new Float64Array(circles);
    this.roadXs = new Float64Array(roadKm.length);
    this.roadYs = new Float64Array(roadKm.length);
    this.roadKm = Float64Array.from(roadKm);
  }

  setStyle(index: number, style: CircleStyle): void {
    let at = this.styleOf.get(style);
    if (at === undefined) {
      const key = [style.radius, style.fillColor, style.fillOpacity, style.stroke && style.color, style.weight, style.layer].join(' ');
      at = this.styleAt.get(key);
      if (at === undefined) {
        this.styleAt.set(key, (at = this.styles.length));
        this.styles.push(style);
      }
      this.styleOf.set(style, at);
    }
    this.of[index] = at;
    this.stale.styles = true;
  }

  /** Takes what is drawn along the highway; false where it is what is drawn already (most days, on the real data). */
  setRoad(lines: readonly RoadLine[], marks: readonly RoadMark[]): boolean {
    const road = packRoad(lines, marks);
    if (this.road && sameRoad(this.road, road)) return false;
    this.road = road;
    this.stale.road = true;
    return true;
  }

  /**
   * What comparing with another day adds: a ring around each circle in `rings` (circle index → colour), and
   * `lines` and `marks` along the highway, under the road's own. No rings and nothing along it: no comparison.
   */
  setCompare(rings: ReadonlyMap<number, string>, lines: readonly RoadLine[], marks: readonly RoadMark[]): void {
    const colours = new Map<string, number>();
    const packed = new Int32Array(this.of.length).fill(-1);
    for (const [index, colour] of rings) {
      let at = colours.get(colour);
      if (at === undefined) colours.set(colour, (at = colours.size));
      packed[index] = at;
    }
    this.compare = { rings: packed, ringColours: [...colours.keys()], road: packRoad(lines, marks) };
    this.stale.compare = true;
  }

  /** Takes new projected positions: `project(i)` for circle i, `projectRoad(i)` for the highway's vertex i. */
  setPositions(project: (i: number) => { x: number; y: number }, projectRoad: (i: number) => { x: number; y: number }): void {
    const into = (xs: Float64Array, ys: Float64Array, at: (i: number) => { x: number; y: number }): void => {
      for (let i = 0; i < xs.length; i++) {
        const point = at(i);
        xs[i] = point.x;
        ys[i] = point.y;
      }
    };
    into(this.xs, this.ys, project);
    into(this.roadXs, this.roadYs, projectRoad);
    this.stale.positions = true;
  }

  /** Everything is to be sent again: the painter is a new one. */
  forget(): void {
    this.stale = { positions: true, styles: true, road: true, compare: true };
  }

  /** What the painter has not been told yet, as requests with the buffers they can hand over; then it has been. */
  changes(): { request: PaintRequest; transfer: Transferable[] }[] {
    const out: { request: PaintRequest; transfer: Transferable[] }[] = [];
    if (this.stale.positions) {
      const [xs, ys, roadXs, roadYs, km] = [this.xs, this.ys, this.roadXs, this.roadYs, this.roadKm].map((a) => a.slice());
      const road = { xs: roadXs!, ys: roadYs!, km: km! };
      out.push({ request: { kind: 'positions', xs: xs!, ys: ys!, road }, transfer: [xs!, ys!, roadXs!, roadYs!, km!].map((a) => a.buffer) });
    }
    if (this.stale.styles) {
      const of = this.of.slice();
      out.push({ request: { kind: 'styles', styles: this.styles, of }, transfer: [of.buffer] });
    }
    if (this.stale.road && this.road) out.push({ request: { kind: 'road', road: this.road }, transfer: [] });
    if (this.stale.compare && this.compare) {
      // A copy goes, so that a new painter can be sent it again.
      const compare = { ...this.compare, rings: this.compare.rings.slice() };
      out.push({ request: { kind: 'compare', compare }, transfer: [compare.rings.buffer] });
    }
    this.stale = { positions: false, styles: false, road: false, compare: false };
    return out;
  }

  /**
   * The circle whose disc (plus `tolerance` pixels) holds the projected point (`x`, `y`), nearest its centre,
   * topmost on a tie; -1 for none.
   */
  circleAt(x: number, y: number, tolerance: number): number {
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    this.of.forEach((at, i) => {
      const style = this.styles[at];
      if (style === undefined) return;
      const distance = Math.hypot(this.xs[i]! - x, this.ys[i]! - y);
      if (distance > style.radius + style.weight / 2 + tolerance) return;
      const above = best >= 0 && distance === bestDistance && style.layer > this.styles[this.of[best]!]!.layer;
      if (distance < bestDistance || above) {
        best = i;
        bestDistance = distance;
      }
    });
    return best;
  }
}

/** Stretches and marks along the highway, packed as the painter takes them. */
function packRoad(lines: readonly RoadLine[], marks: readonly RoadMark[]): RoadPaint {
  const lineStyles = new Indexed<LineStyle>();
  const markStyles = new Indexed<CircleStyle>();
  const packedLines = new Float64Array(3 * lines.length);
  lines.forEach((line, i) => {
    packedLines[3 * i] = line.fromKm;
    packedLines[3 * i + 1] = line.toKm;
    packedLines[3 * i + 2] = lineStyles.of(line.style);
  });
  const packedMarks = new Float64Array(2 * marks.length);
  marks.forEach((mark, i) => {
    packedMarks[2 * i] = mark.km;
    packedMarks[2 * i + 1] = markStyles.of(mark.style);
  });
  return { lines: packedLines, lineStyles: lineStyles.items, marks: packedMarks, markStyles: markStyles.items };
}

function sameRoad(a: RoadPaint, b: RoadPaint): boolean {
  const same = <T>(x: ArrayLike<T>, y: ArrayLike<T>): boolean => {
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  };
  return same(a.lines, b.lines) && same(a.marks, b.marks) && same(a.lineStyles, b.lineStyles) && same(a.markStyles, b.markStyles);
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
