import type { Span } from '../core/types.ts';

export type Child = Node | string | null | undefined | false | readonly Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Returns a new element built from `attrs` and `children`. Strings become text nodes, never markup; an `on…`
 * function becomes an event listener; `true` sets an empty attribute and `false`, `null` or `undefined` none.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return build(doc, doc.createElement(tag), attrs, children);
}

/** Returns a new SVG element, built as `h` builds HTML ones. */
export function s<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  return build(doc, doc.createElementNS(SVG_NS, tag), attrs, children);
}

function build<E extends Element>(doc: Document, el: E, attrs: Attrs, children: Child[]): E {
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  el.append(...flatten(doc, children));
  return el;
}

function flatten(doc: Document, children: readonly Child[]): Node[] {
  return children.flatMap((child): Node[] => {
    if (child === null || child === undefined || child === false) return [];
    if (typeof child === 'string') return [doc.createTextNode(child)];
    if (Array.isArray(child)) return flatten(doc, child);
    return [child as Node];
  });
}

/** Replaces every child of `el` with `children`. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren(...flatten(el.ownerDocument, children));
}

/**
 * Returns `text` (which starts at offset `from` of some larger text) as nodes: plain text between the spans, and
 * `wrap(piece, span)` for each span. Spans are in the larger text's offsets, sorted; parts outside `text` are clipped
 * and overlapping ones skipped, so a caller can pass every span of a source for one paragraph.
 */
export function splitBySpans<T extends Span>(
  doc: Document,
  text: string,
  from: number,
  spans: readonly T[],
  wrap: (piece: string, span: T) => Node,
): Node[] {
  const nodes: Node[] = [];
  const to = from + text.length;
  let at = from;
  for (const span of spans) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start < at || end <= start) continue;
    if (start > at) nodes.push(doc.createTextNode(text.slice(at - from, start - from)));
    nodes.push(wrap(text.slice(start - from, end - from), span));
    at = end;
  }
  if (at < to) nodes.push(doc.createTextNode(text.slice(at - from)));
  return nodes;
}

/**
 * Resolves in a task of its own: called as a frame is being drawn (in an animation frame callback, or in a promise
 * settled there), once that frame is painted, so that what waits for it does not hold the frame up.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Returns a function that runs `run` once when the page is next idle, however often it is called before then.
 * `run` gets the idle period's deadline, to stop early and ask again. Safari has no requestIdleCallback: there a
 * short timeout lets the frame at hand go first, and `run` gets no deadline.
 */
export function whenIdle(run: (deadline?: IdleDeadline) => void): () => void {
  let pending = false;
  const go = (deadline?: IdleDeadline): void => {
    pending = false;
    run(deadline);
  };
  return () => {
    if (pending) return;
    pending = true;
    if ('requestIdleCallback' in window) requestIdleCallback(go);
    else setTimeout(go, 50);
  };
}

/**
 * Returns a function that runs `run` once `ms` have passed since it was last called: once a burst of calls (a drag,
 * a held key, playback) rests. A drag calls it at every frame, so one timer serves the whole burst and looks, when it
 * fires, at when the last call came (lodash's `debounce` does the same), rather than being cleared and set again.
 */
export function afterRest(ms: number, run: () => void, now: () => number = () => performance.now()): () => void {
  let last = 0;
  let waiting = false;
  const check = (): void => {
    const left = last + ms - now();
    if (left > 0) {
      setTimeout(check, left);
      return;
    }
    waiting = false;
    run();
  };
  return () => {
    last = now();
    if (waiting) return;
    waiting = true;
    setTimeout(check, ms);
  };
}

/** Sets an attribute only when its value changes: set again, an attribute costs the page a restyle of what it selects. */
export function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Sets an element's text only when it changes: set again, it is a new text node, which the page lays out afresh. */
export function textIfChanged(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
