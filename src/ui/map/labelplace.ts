/** A label to place beside a circle: the circle's centre and radius, and the label's size, in map pixels. */
export interface LabelItem {
  x: number;
  y: number;
  radius: number;
  width: number;
  height: number;
  /** Placed even where every side covers words: the selected town's name. */
  keep?: boolean;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** `rect` (a DOMRect, say) as a box measured from `origin`'s top left corner. */
export function boxFrom(rect: Box, origin: { left: number; top: number }): Box {
  return { left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height };
}

/** How much more covering a word weighs than covering a circle, area for area. */
const WORDS = 10;
/** The space around a name's letters inside its box, in pixels: names whose boxes meet within it stay clear. */
const LEADING = 3;
/** Between a circle and its label, in pixels. */
const GAP = 3;

/**
 * Returns a box for each label, in the order given, so the most important comes first: beside its circle on the
 * right, else on the left, above or below, on the first side that lies inside a map of `size` (less `margin`)
 * and clear of every circle, of `obstacles` and of the labels placed before it; where no side inside is clear, the
 * one that covers least of them, words (labels and obstacles) weighing more than circles. Where that side still
 * covers words, null, unless the label is one to `keep`: a name over a name reads as neither, and is better left
 * out. A circle off the map keeps its label on the right, out of sight with it.
 */
export function placeLabels(
  items: readonly LabelItem[],
  size: { x: number; y: number },
  { margin = 4, obstacles = [] }: { margin?: number; obstacles?: readonly Box[] } = {},
): (Box | null)[] {
  const circles = items.map(({ x, y, radius }) => ({ left: x - radius, top: y - radius, width: 2 * radius, height: 2 * radius }));
  // `letters`: the box less the space around its letters (a name's), or all of it (a circle, a front's label).
  const taken: { box: Box; words: boolean; letters: Box }[] = [
    ...circles.map((box) => ({ box, words: false, letters: box })),
    ...obstacles.map((box) => ({ box, words: true, letters: box })),
  ];
  return items.map((item, i) => {
    const sides = sidesOf(item, size, margin);
    const inside = sides.filter((box) => within(box, size, margin));
    const cost = (box: Box): number =>
      taken.reduce((sum, other, j) => (j === i ? sum : sum + (other.words ? WORDS : 1) * overlap(box, other.box)), 0);
    // The first side with the least covered, so a clear side wins; a tie keeps the earlier side.
    const box = inside.reduce<Box | null>((best, side) => (best && cost(best) <= cost(side) ? best : side), null) ?? sides[0]!;
    const own = inset(box, LEADING);
    const coversWords = taken.some((other, j) => j !== i && other.words && overlap(own, other.letters) > 0);
    if (!item.keep && inside.length > 0 && coversWords) return null;
    taken.push({ box, words: true, letters: own });
    return box;
  });
}

/**
 * The four sides a label may take, each slid along its circle (by at most half the label) where that keeps it
 * inside the map: a town near the top edge keeps its name on the right, a little lower.
 */
function sidesOf({ x, y, radius, width, height }: LabelItem, size: { x: number; y: number }, margin: number): Box[] {
  const slide = (at: number, length: number, limit: number): number => {
    const clamped = Math.min(Math.max(at, margin), limit - margin - length);
    return Math.abs(clamped - at) <= length / 2 ? clamped : at;
  };
  const middle = slide(y - height / 2, height, size.y);
  const centre = slide(x - width / 2, width, size.x);
  return [
    { left: x + radius + GAP, top: middle, width, height },
    { left: x - radius - GAP - width, top: middle, width, height },
    { left: centre, top: y - radius - GAP - height, width, height },
    { left: centre, top: y + radius + GAP, width, height },
  ];
}

function within(box: Box, size: { x: number; y: number }, margin: number): boolean {
  return (
    box.left >= margin && box.top >= margin && box.left + box.width <= size.x - margin && box.top + box.height <= size.y - margin
  );
}

/** The area two boxes share, in square pixels. */
function overlap(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function inset(box: Box, by: number): Box {
  return { left: box.left + by, top: box.top + by, width: Math.max(0, box.width - 2 * by), height: Math.max(0, box.height - 2 * by) };
}
