import fc from 'fast-check';
import { expect, test } from 'vitest';
import { placeLabels, type Box, type LabelItem } from '../../../src/ui/map/labelplace.ts';

const MAP = { x: 375, y: 300 };
const label = (x: number, y: number, width = 60, height = 18, radius = 8): LabelItem => ({ x, y, radius, width, height });
const right = (b: Box): number => b.left + b.width;
const bottom = (b: Box): number => b.top + b.height;
const overlaps = (a: Box, b: Box): boolean => a.left < right(b) && b.left < right(a) && a.top < bottom(b) && b.top < bottom(a);

test('a label with room goes to the right of its circle, centred on it', () => {
  const [box] = placeLabels([label(100, 150)], MAP);
  expect(box!.left).toBeGreaterThan(108);
  expect(box!.left).toBeLessThan(115);
  expect(box!.top + box!.height / 2).toBe(150);
});

test('a label that would run off the right edge goes to the left of its circle', () => {
  const [box] = placeLabels([label(340, 150)], MAP);
  expect(right(box!)).toBeLessThanOrEqual(340 - 8);
  expect(box!.left).toBeGreaterThanOrEqual(4);
});

test('a label near the top edge slides down along its circle rather than leave the map', () => {
  const [box] = placeLabels([label(100, 6)], MAP);
  expect(box!.top).toBeGreaterThanOrEqual(4);
  expect(box!.left).toBeGreaterThan(100);
});

test('a label gives way to the one placed before it', () => {
  const [first, second] = placeLabels([label(100, 150), label(100, 160)], MAP);
  expect(overlaps(first!, second!)).toBe(false);
});

test('a label keeps clear of the obstacles it is given', () => {
  const obstacle = { left: 105, top: 130, width: 100, height: 40 };
  const [box] = placeLabels([label(100, 150)], MAP, { obstacles: [obstacle] });
  expect(overlaps(box!, obstacle)).toBe(false);
});

test('a label of a circle off the map stays on its right, out of sight with it', () => {
  const [box] = placeLabels([label(-50, 150)], MAP);
  expect(box!.left).toBeGreaterThan(-50);
  expect(right(box!)).toBeLessThan(30);
});

test('every label of a circle well inside the map lies inside the map', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ x: fc.integer({ min: 80, max: 295 }), y: fc.integer({ min: 30, max: 270 }) }), { maxLength: 8 }),
      (points) => {
        for (const box of placeLabels(points.map((p) => label(p.x, p.y)), MAP)) {
          if (box === null) continue;
          expect(box.left).toBeGreaterThanOrEqual(4);
          expect(box.top).toBeGreaterThanOrEqual(4);
          expect(right(box)).toBeLessThanOrEqual(MAP.x - 4);
          expect(bottom(box)).toBeLessThanOrEqual(MAP.y - 4);
        }
      },
    ),
  );
});

test('where no side is clear, a label covers a circle rather than a word', () => {
  // Its left side is off the map; its right side would cover a little of a front's label, its top and bottom a
  // little more of two circles.
  const obstacle = { left: 120, top: 140, width: 80, height: 20 };
  const circles = [label(60, 115, 1, 1, 15), label(60, 185, 1, 1, 15)];
  const [box] = placeLabels([label(60, 150), ...circles], MAP, { obstacles: [obstacle] });
  expect(box).not.toBeNull();
  expect(overlaps(box!, obstacle)).toBe(false);
  expect(box!.top).toBeLessThan(150);
});

/** A name's box less the space around its letters (3 px a side), which names may share without covering a word. */
const letters = (box: Box): Box => ({ left: box.left + 3, top: box.top + 3, width: box.width - 6, height: box.height - 6 });

test('no label placed covers another or an obstacle, however crowded, but for the space around letters; one to keep is always placed', () => {
  const obstacle = { left: 150, top: 120, width: 120, height: 40 };
  fc.assert(
    fc.property(
      fc.array(fc.record({ x: fc.integer({ min: 20, max: 355 }), y: fc.integer({ min: 20, max: 280 }) }), { minLength: 1, maxLength: 12 }),
      (points) => {
        const items = points.map((p, i) => ({ ...label(p.x, p.y), keep: i === 0 }));
        const boxes = placeLabels(items, MAP, { obstacles: [obstacle] });
        expect(boxes[0]).not.toBeNull();
        const placed = boxes.slice(1).filter((b): b is Box => b !== null);
        for (const [i, a] of placed.entries()) {
          expect(overlaps(letters(a), obstacle)).toBe(false);
          for (const b of [boxes[0]!, ...placed.slice(0, i)]) expect(overlaps(letters(a), letters(b))).toBe(false);
        }
      },
    ),
  );
});

test('a name that could only cover another is left out', () => {
  // Two towns a few pixels apart, in a map just wide enough for one name beside them.
  const narrow = { x: 100, y: 40 };
  const [first, second] = placeLabels([label(20, 20, 60, 18, 4), label(24, 20, 60, 18, 4)], narrow);
  expect(first).not.toBeNull();
  expect(second).toBeNull();
});
