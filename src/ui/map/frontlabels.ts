import * as L from 'leaflet';
import { h } from '../dom.ts';

/** A front's label: two lines, at a point. */
export interface FrontLabelText {
  title: string;
  move: string;
  lat: number;
  lng: number;
}

interface Label {
  marker: L.Marker;
  title: HTMLElement;
  move: HTMLElement;
  key: string;
  hidden: boolean;
}

/** Pixels kept between a label and the map's edge. */
const EDGE = 4;

/**
 * The labels of the first few fronts, hanging under their marks. A label stays inside the map: CSS slides it
 * along under its mark near the left or right edge (from the mark's position, set here as `--x` and `--room`, so
 * no label is measured as it moves), and near the bottom edge it hangs above its mark instead.
 */
export class FrontLabels extends L.LayerGroup {
  private readonly doc: Document;
  private readonly labels: Label[] = [];
  /** How far below its mark a label hangs, and how tall it is: the same for every label. */
  private hang: { top: number; height: number } | null = null;
  /**
   * Measures the labels once the browser has laid them out, before it paints them: measured as they are shown, they
   * took a layout of the page of their own (3 ms of the first drawing with the real data). Their type size differs
   * between a phone's layout and a wider one, so they are measured again whenever their size changes.
   */
  private readonly sizes = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const hang = target.isConnected && target.parentElement ? measure(target.parentElement) : null;
      if (!hang) continue;
      if (hang.top !== this.hang?.top || hang.height !== this.hang.height) {
        this.hang = hang;
        this.fitAll();
      }
      return;
    }
  });

  constructor(doc: Document) {
    super();
    this.doc = doc;
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    this.fitAll();
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { move: this.fitAll, zoomend: this.fitAll, resize: this.fitAll };
  }

  /** Shows `texts` in order, one label each, and removes the rest; an unchanged label is left alone. */
  show(texts: readonly FrontLabelText[]): void {
    texts.forEach((text, i) => {
      const label = this.labels[i] ?? this.create(i);
      if (label.hidden) label.marker.getElement()?.style.removeProperty('visibility');
      label.hidden = false;
      const key = `${text.title}\n${text.move}\n${text.lat} ${text.lng}`;
      if (key === label.key) return;
      label.title.textContent = text.title;
      label.move.textContent = text.move;
      label.key = key;
      label.marker.setLatLng([text.lat, text.lng]);
      this.fit(label);
    });
    for (const extra of this.labels.splice(texts.length)) this.removeLayer(extra.marker);
  }

  /**
   * Hides every label until the next `show`: while the slider is dragged the fronts move under them, and a label
   * set again at every step cost a layout of the page each time.
   */
  hide(): void {
    for (const label of this.labels) {
      if (!label.hidden) label.marker.getElement()?.style.setProperty('visibility', 'hidden');
      label.hidden = true;
    }
  }

  private create(i: number): Label {
    const title = h(this.doc, 'strong', {});
    const move = h(this.doc, 'span', { class: 'front-move' });
    const text = h(this.doc, 'span', { class: 'front-label' }, title, h(this.doc, 'br'), move);
    // Placed by CSS, not by Leaflet's tooltips, which measure each one (a layout) whenever it moves.
    const marker = L.marker([0, 0], {
      pane: 'tooltipPane',
      interactive: false,
      keyboard: false,
      icon: L.divIcon({ className: 'front-label-anchor', iconSize: undefined, html: text }),
    });
    this.addLayer(marker);
    this.sizes.observe(text);
    return (this.labels[i] = { marker, title, move, key: '', hidden: false });
  }

  private readonly fitAll = (): void => {
    for (const label of this.labels) this.fit(label);
  };

  private fit(label: Label): void {
    const map = this._map as L.Map | undefined;
    const anchor = label.marker.getElement();
    if (!map || !anchor) return;
    const { x, y } = map.latLngToContainerPoint(label.marker.getLatLng());
    const size = map.getSize();
    anchor.style.setProperty('--x', `${Math.round(x)}px`);
    anchor.style.setProperty('--room', `${Math.round(size.x - x)}px`);
    if (!this.hang) return;
    const { top, height } = this.hang;
    const above = y + top + height + EDGE > size.y && y - top - height - EDGE >= 0;
    anchor.classList.toggle('above', above);
  }
}

/** Where a label hangs under its mark and how tall it is, or null while it is not laid out. */
function measure(anchor: HTMLElement): { top: number; height: number } | null {
  const label = anchor.firstElementChild;
  if (!(label instanceof HTMLElement) || label.offsetHeight === 0) return null;
  const height = label.offsetHeight;
  // Above its mark, the label's top is as far above it as it would hang below, plus its height.
  return { top: anchor.classList.contains('above') ? -(label.offsetTop + height) : label.offsetTop, height };
}
