import type { Analysis } from '../../core/analysis.ts';
import { addDays, daysBetween } from '../../core/dates.ts';
import type { Day } from '../../core/types.ts';
import { s } from '../dom.ts';
import { formatDay } from '../format.ts';

/** The chart's size in SVG units and its margins. */
export const W = 420;
export const H = 300;
export const M = { top: 14, right: 78, bottom: 40, left: 46 };
const LABEL_GAP = 11;

/** The chart's scales: day index and km to SVG units, over the timeline's domain and every km drawn. */
export interface Scale {
  days: Day[];
  x(day: Day): number;
  y(km: number): number;
  column: number;
  maxKm: number;
}

/** Returns the scales for an analysis: every day of its domain, and 0 up to the farthest km a front or claim reaches. */
export function scaleFor(analysis: Analysis): Scale {
  const { start, end } = analysis.timeline.domain;
  const days: Day[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  // A loop, not Math.max(...kms): spreading a hundred thousand claims overflows the call stack.
  let farthest = 0;
  for (const day of analysis.fronts) for (const front of day.fronts) farthest = Math.max(farthest, front.km);
  for (const claim of analysis.claims) farthest = Math.max(farthest, analysis.km.get(claim.place)?.km ?? 0);
  const maxKm = Math.max(100, Math.ceil(farthest / 100) * 100);
  const column = (W - M.left - M.right) / Math.max(days.length, 1);
  const plot = H - M.top - M.bottom;
  return {
    days,
    column,
    maxKm,
    x: (day) => M.left + (Math.min(Math.max(daysBetween(start, day), 0), days.length - 1) + 0.5) * column,
    y: (km) => M.top + plot - (km / maxKm) * plot,
  };
}

/** Returns the axes: km gridlines, the places claims speak of at their km, a tick per day, and both labels. */
export function axes(doc: Document, analysis: Analysis, scale: Scale): SVGElement {
  const step = scale.maxKm > 600 ? 200 : 100;
  const ticks: number[] = [];
  for (let km = 0; km <= scale.maxKm; km += step) ticks.push(km);
  const bottom = H - M.bottom;
  const right = W - M.right;
  return s(
    doc,
    'g',
    { class: 'chart-axes' },
    ticks.map((km) => [
      s(doc, 'line', { class: 'chart-grid', x1: M.left, x2: right, y1: scale.y(km), y2: scale.y(km) }),
      s(doc, 'text', { x: M.left - 4, y: scale.y(km) + 3, 'text-anchor': 'end' }, String(km)),
    ]),
    townLines(doc, analysis, scale),
    scale.days.map((day) => [
      s(doc, 'line', { class: 'chart-tick', x1: scale.x(day), x2: scale.x(day), y1: bottom, y2: bottom + 4 }),
      s(doc, 'text', { x: scale.x(day), y: bottom + 14, 'text-anchor': 'middle' }, String(Number(day.slice(8)))),
    ]),
    s(doc, 'line', { class: 'chart-axis', x1: M.left, x2: right, y1: bottom, y2: bottom }),
    s(doc, 'line', { class: 'chart-axis', x1: M.left, x2: M.left, y1: M.top, y2: bottom }),
    s(doc, 'text', { class: 'chart-axis-label', x: (M.left + right) / 2, y: H - 6, 'text-anchor': 'middle' }, monthsOf(scale.days)),
    s(doc, 'text', {
      class: 'chart-axis-label',
      transform: `translate(11 ${(M.top + bottom) / 2}) rotate(-90)`,
      'text-anchor': 'middle',
    }, 'km from Benghazi'),
  );
}

// The places claims speak of, named at the right edge, so a km reads as a town; labels too close are left out.
function townLines(doc: Document, analysis: Analysis, scale: Scale): SVGElement[] {
  const towns = [...new Set(analysis.claims.map((c) => c.place))]
    .flatMap((id) => {
      const at = analysis.km.get(id);
      const place = analysis.placesById.get(id);
      return at && place ? [{ name: place.name, y: scale.y(at.km) }] : [];
    })
    .sort((a, b) => b.y - a.y);
  let lastY = Number.POSITIVE_INFINITY;
  return towns.flatMap((town) => {
    if (lastY - town.y < LABEL_GAP) return [];
    lastY = town.y;
    return [
      s(doc, 'line', { class: 'chart-town', x1: M.left, x2: W - M.right, y1: town.y, y2: town.y }),
      s(doc, 'text', { class: 'chart-town-label', x: W - M.right + 4, y: town.y + 3 }, town.name),
    ];
  });
}

function monthsOf(days: readonly Day[]): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return '';
  const month = (d: Day): string => formatDay(d).replace(/^\d+ /, '');
  return month(first) === month(last) ? month(first) : `${month(first)} – ${month(last)}`;
}
