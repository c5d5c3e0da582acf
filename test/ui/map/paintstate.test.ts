import { expect, test } from 'vitest';
import type { CircleStyle, LineStyle } from '../../../src/ui/map/mappaint.ts';
import { PaintState } from '../../../src/ui/map/paintstate.ts';

const HELD: LineStyle = { color: '#0072b2', weight: 6, opacity: 0.9, dash: [], cap: 'butt' };
const LOST: LineStyle = { color: '#d55e00', weight: 6, opacity: 0.9, dash: [], cap: 'butt' };
const MARK: CircleStyle = { radius: 7, fillColor: '#ffffff', fillOpacity: 1, stroke: true, color: '#000000', weight: 3, layer: 0 };

const roadSent = (state: PaintState): boolean => state.changes().some((c) => c.request.kind === 'road');

test('the same road again, in new objects, is no change: nothing is sent and nothing need be painted', () => {
  const state = new PaintState(2, [0, 50, 100]);
  expect(state.setRoad([{ fromKm: 0, toKm: 40, style: HELD }], [{ km: 40, style: MARK }])).toBe(true);
  expect(roadSent(state)).toBe(true);
  expect(state.setRoad([{ fromKm: 0, toKm: 40, style: HELD }], [{ km: 40, style: MARK }])).toBe(false);
  expect(roadSent(state)).toBe(false);
});

test('a road that differs in a km, a style, a mark or the number of stretches is a change', () => {
  const state = new PaintState(2, [0, 50, 100]);
  const base = (): Parameters<PaintState['setRoad']> => [[{ fromKm: 0, toKm: 40, style: HELD }], [{ km: 40, style: MARK }]];
  state.setRoad(...base());
  state.changes();
  const variants: Parameters<PaintState['setRoad']>[] = [
    [[{ fromKm: 0, toKm: 41, style: HELD }], [{ km: 40, style: MARK }]],
    [[{ fromKm: 0, toKm: 40, style: LOST }], [{ km: 40, style: MARK }]],
    [[{ fromKm: 0, toKm: 40, style: HELD }], [{ km: 45, style: MARK }]],
    [[{ fromKm: 0, toKm: 40, style: HELD }, { fromKm: 40, toKm: 60, style: LOST }], [{ km: 40, style: MARK }]],
    [[{ fromKm: 0, toKm: 40, style: HELD }], []],
  ];
  for (const variant of variants) {
    expect(state.setRoad(...variant)).toBe(true);
    expect(roadSent(state)).toBe(true);
    // Back to the first road: a change again.
    expect(state.setRoad(...base())).toBe(true);
    state.changes();
  }
});

test('a new painter is told the road again even when it has not changed', () => {
  const state = new PaintState(1, [0, 100]);
  state.setRoad([{ fromKm: 0, toKm: 100, style: HELD }], []);
  state.changes();
  state.forget();
  expect(roadSent(state)).toBe(true);
});
