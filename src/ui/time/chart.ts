import type { Analysis } from '../../core/analysis.ts';
import { CONTROL_COLOURS } from '../../core/palette.ts';
import type { Day, Side } from '../../core/types.ts';
import { axes, H, M, scaleFor, W, type Scale } from './chartaxes.ts';
import type { AppContext } from '../context.ts';
import { fill, h, s } from '../dom.ts';
import { formatClaimDate, formatDay, formatShortDay, sourceName, stateLabel } from '../format.ts';

const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
/** More lines than this would be a tangle; the chart keeps the fronts that last longest. */
const MAX_FRONTS = 6;
const MAX_DOTS = 2000;

/**
 * Mounts the front chart: each front's km from Benghazi against the date, claims as dots, the selected day as a
 * marker; clicking a day's column selects that day. A day change only moves the marker.
 */
export function mountChart(root: HTMLElement, ctx: AppContext): void {
  const doc = ctx.document;
  // The day's line follows a drag once it rests, as the list does.
  const store = ctx.atRest;
  const marker = s(doc, 'line', { class: 'chart-day', y1: M.top, y2: H - M.bottom });
  let drawn: { analysis: Analysis; scale: Scale } | null = null;

  const draw = (): void => {
    const analysis = ctx.analysis();
    if (drawn?.analysis === analysis) return;
    const scale = scaleFor(analysis);
    drawn = { analysis, scale };
    fill(root, ...chart(doc, analysis, scale, marker, (day) => store.set({ day })));
  };
  const moveMarker = (): void => {
    if (!drawn) return;
    const { day } = store.get();
    const { days, x } = drawn.scale;
    // The slider reaches a little past the domain; no column there, so no marker.
    marker.setAttribute('visibility', days.includes(day) ? 'visible' : 'hidden');
    marker.setAttribute('x1', String(x(day)));
    marker.setAttribute('x2', String(x(day)));
  };

  store.subscribe((next, previous) => {
    const redraw = next.sources !== previous.sources || next.revision !== previous.revision;
    if (redraw) draw();
    if (next.day !== previous.day || redraw) moveMarker();
  });
  draw();
  moveMarker();
}

function chart(doc: Document, analysis: Analysis, scale: Scale, marker: SVGLineElement, pick: (day: Day) => void): Node[] {
  const ids = longestLived(analysis, MAX_FRONTS);
  const shown = new Set(ids);
  const labels = new Map(analysis.fronts.flatMap((f) => f.fronts.map((front) => [front.id, front.label] as const)));
  const summary = ids.map((id) => describeFront(analysis, id, labels.get(id) ?? id)).join(' ');
  const svg = s(
    doc,
    'svg',
    { class: 'chart-svg', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc' },
    s(doc, 'title', { id: 'chart-title' }, 'The front along the highway, km from Benghazi by day'),
    s(doc, 'desc', { id: 'chart-desc' }, summary || 'No front: the chosen sources report no two sides on the road.'),
    axes(doc, analysis, scale),
    analysis.fronts.map((f) =>
      f.fronts.filter((front) => shown.has(front.id)).map((front) =>
        s(doc, 'rect', {
          class: 'chart-zone',
          x: scale.x(f.day) - scale.column / 2,
          width: scale.column,
          y: scale.y(front.toKm),
          height: Math.max(scale.y(front.fromKm) - scale.y(front.toKm), 1),
        }),
      ),
    ),
    scale.days.map((day) =>
      s(doc, 'rect', {
        class: 'chart-column',
        'data-day': day,
        x: scale.x(day) - scale.column / 2,
        width: scale.column,
        y: M.top,
        height: H - M.top - M.bottom,
      }),
    ),
    ids.map((id, i) => frontLine(doc, analysis, scale, id, DASHES[i % DASHES.length] ?? '')),
    claimDots(doc, analysis, scale),
  );
  // One listener for the whole plot, so a click on a dot or a line picks its day as well as one on empty ground.
  svg.addEventListener('click', (event) => {
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const day = scale.days[Math.floor((at.x - M.left) / scale.column)];
    if (day !== undefined && at.x >= M.left && at.y >= M.top && at.y <= H - M.bottom) pick(day);
  });
  const legend = h(doc, 'ul', { class: 'chart-legend' }, ids.map((id, i) => {
    const line = s(doc, 'svg', { viewBox: '0 0 24 6', width: 24, height: 6, 'aria-hidden': 'true' },
      s(doc, 'line', { x1: 0, x2: 24, y1: 3, y2: 3, class: 'chart-front', 'stroke-dasharray': DASHES[i % DASHES.length] ?? '' }));
    return h(doc, 'li', {}, line, labels.get(id) ?? id);
  }), h(doc, 'li', {}, h(doc, 'span', { class: 'chart-dot-key', 'aria-hidden': 'true' }), 'a claim, at its place'));
  // The day marker has an SVG of its own over the plot: moving it then repaints that line alone, not a plot of
  // thousands of claims (which CSS keeps on a layer of its own).
  const overlay = s(doc, 'svg', { class: 'chart-overlay', viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' }, marker);
  return [
    h(doc, 'h2', {}, 'The front over time'),
    legend,
    h(doc, 'div', { class: 'chart-plot' }, svg, overlay),
    h(doc, 'p', { class: 'chart-hint' }, 'Click a day to show it on the map.'),
    table(doc, analysis, ids, labels),
  ];
}

function frontLine(doc: Document, analysis: Analysis, scale: Scale, id: string, dash: string): SVGElement {
  let d = '';
  let joined = false;
  const points: SVGElement[] = [];
  for (const { day, fronts } of analysis.fronts) {
    const front = fronts.find((f) => f.id === id);
    if (!front) {
      joined = false;
      continue;
    }
    const [x, y] = [scale.x(day), scale.y(front.km)];
    d += `${joined ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    joined = true;
    points.push(s(doc, 'circle', { class: 'chart-front-point', cx: x, cy: y, r: 2.5 }));
  }
  return s(
    doc,
    'g',
    { class: 'chart-front-group', 'data-front': id },
    s(doc, 'path', { class: 'chart-front', d, 'stroke-dasharray': dash }),
    points,
  );
}

function claimDots(doc: Document, analysis: Analysis, scale: Scale): SVGElement {
  if (analysis.claims.length > MAX_DOTS) return claimShapes(doc, analysis, scale);
  const seen = new Map<string, number>();
  const sources = new Map(analysis.sources.map((src) => [src.id, src]));
  return s(doc, 'g', { class: 'chart-claims' }, analysis.claims.flatMap((claim) => {
    const at = analysis.km.get(claim.place);
    if (!at) return [];
    // Claims on the same place and day sit side by side rather than on top of each other.
    const key = `${claim.place} ${claim.date}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const offset = ((k % 5) - 2) * Math.min(4, scale.column / 6);
    const place = analysis.placesById.get(claim.place)?.name ?? claim.place;
    const source = sources.get(claim.source);
    const dot = s(doc, 'circle', {
      class: 'chart-claim',
      'data-day': claim.date,
      cx: scale.x(claim.date) + (k === 0 ? 0 : offset),
      cy: scale.y(at.km),
      r: 3.5,
      fill: CONTROL_COLOURS[claim.side],
    }, s(doc, 'title', {}, `${place}: ${stateLabel(claim.side)} (${claim.event}), ${formatClaimDate(claim)}${source ? ` — ${sourceName(source)}` : ''}`));
    return [dot];
  }));
}

function table(doc: Document, analysis: Analysis, ids: string[], labels: Map<string, string>): HTMLElement {
  return h(
    doc,
    'table',
    { class: 'visually-hidden' },
    h(doc, 'caption', {}, 'Front position by day, km from Benghazi'),
    h(doc, 'thead', {}, h(doc, 'tr', {}, h(doc, 'th', { scope: 'col' }, 'Date'),
      ids.map((id) => h(doc, 'th', { scope: 'col' }, labels.get(id) ?? id)))),
    h(doc, 'tbody', {}, analysis.fronts.map(({ day, fronts }) =>
      h(doc, 'tr', {}, h(doc, 'th', { scope: 'row' }, formatDay(day)), ids.map((id) => {
        const front = fronts.find((f) => f.id === id);
        return h(doc, 'td', {}, front ? `km ${Math.round(front.km)}` : 'none');
      })),
    )),
  );
}

function describeFront(analysis: Analysis, id: string, label: string): string {
  const days = analysis.fronts.flatMap(({ day, fronts }) => fronts.filter((f) => f.id === id).map((f) => ({ day, km: f.km })));
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return '';
  return `${label}: km ${Math.round(first.km)} on ${formatShortDay(first.day)}, km ${Math.round(last.km)} on ${formatShortDay(last.day)}.`;
}

/**
 * Past a few thousand claims, one element per dot (each with its title) makes every layout of the page slow: the
 * dots become one shape per side, a dot per day and place, without titles.
 */
function claimShapes(doc: Document, analysis: Analysis, scale: Scale): SVGElement {
  const paths = new Map<Side, string>();
  const drawn = new Set<string>();
  for (const claim of analysis.claims) {
    const at = analysis.km.get(claim.place);
    if (!at) continue;
    const [x, y] = [Math.round(scale.x(claim.date)), Math.round(scale.y(at.km))];
    const key = `${claim.side} ${x} ${y}`;
    if (drawn.has(key)) continue;
    drawn.add(key);
    paths.set(claim.side, `${paths.get(claim.side) ?? ''}M${x - 2} ${y}a2 2 0 1 0 4 0a2 2 0 1 0 -4 0`);
  }
  return s(doc, 'g', { class: 'chart-claims' }, [...paths].map(([side, d]) =>
    s(doc, 'path', { class: 'chart-claim-shape', d, fill: CONTROL_COLOURS[side] })));
}

/** The ids of the `most` fronts present on the most days, in order of first appearance. */
function longestLived(analysis: Analysis, most: number): string[] {
  const days = new Map<string, number>();
  for (const { fronts } of analysis.fronts) for (const front of fronts) days.set(front.id, (days.get(front.id) ?? 0) + 1);
  const kept = new Set([...days].sort((a, b) => b[1] - a[1]).slice(0, most).map(([id]) => id));
  return [...days.keys()].filter((id) => kept.has(id));
}
