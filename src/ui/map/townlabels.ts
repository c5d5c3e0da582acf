import * as L from 'leaflet';
import { h } from '../dom.ts';
import { placeLabels, type Box, type LabelItem } from './labelplace.ts';
import type { PlaceMarker } from './markers.ts';

interface Town {
  marker: PlaceMarker;
  tooltip: TownLabel;
}

/**
 * A town's name, centred on its marker plus its offset. Leaflet measures a tooltip each time it places it, and after
 * another label has moved that measure is a layout (24 of them in the map's first drawing); this one is placed from
 * its size, measured once with the others (its text never changes), and not before that.
 */
class TownLabel extends L.Tooltip {
  size: L.Point | null = null;
  placed = false;

  /** Leaflet's own placement, where it knows the point on the map: the label's middle there, plus the offset. */
  _setPosition(point: L.Point): void {
    const element = this.getElement();
    if (!this.size || !element) return;
    const middle = L.point(this.size.x / 2, this.size.y / 2, true);
    L.DomUtil.setPosition(element, point.subtract(middle).add(L.point(this.options.offset ?? [0, 0])));
    this.placed = true;
  }
}

/**
 * The names of the towns the story turns on, beside their markers: on the right where there is room, else on
 * another side, so that near the map's edge or beside another town the name is neither cut nor covered. The
 * selected town is placed first. A name that could only cover another name is left out until there is room (the
 * list names every place). Placed again as the map moves and as a marker's size or the selection changes.
 */
export class TownLabels extends L.LayerGroup {
  private readonly towns: Town[];
  private obstacles: () => Box[] = () => [];
  /** Whether the names are shown yet: they come once the map's data is on screen (`show`). */
  private shown = false;

  constructor(doc: Document, markers: readonly PlaceMarker[]) {
    // An element, not a string: Leaflet would parse a string as HTML, and names are data.
    const towns = markers.map((marker) => ({
      marker,
      // Left out until placed: a name not yet measured would sit at the map's corner.
      tooltip: new TownLabel({ permanent: true, direction: 'center', className: 'town-label town-label-left-out leaflet-tooltip-center' })
        .setLatLng(marker.latLng)
        .setContent(h(doc, 'span', {}, marker.place.name)),
    }));
    super(towns.map((town) => town.tooltip));
    this.towns = towns;
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    this.place();
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return { move: this.place, moveend: this.place, zoomend: this.place, resize: this.place };
  }

  /** Keeps the labels clear of what `boxes` returns (in map pixels) from the next placement on. */
  avoid(boxes: () => Box[]): void {
    this.obstacles = boxes;
  }

  /** The size of town `id`'s label in pixels, or null where it has none or it has not been laid out. */
  sizeOf(id: string): L.Point | null {
    return this.towns.find((town) => town.marker.place.id === id)?.tooltip.size ?? null;
  }

  /**
   * Shows the names, placed. Called once the map's data is on screen: measuring them, then placing them clear of the
   * front labels, were two layouts of the page in its first drawing (over 4 ms with the real data).
   */
  show(): void {
    this.shown = true;
    this.place();
  }

  /** Places every label again; only those whose side changed are moved. */
  readonly place = (): void => {
    const map = this._map as L.Map | undefined;
    if (!map || !this.shown) return;
    // All measured before any moves: one layout for them all.
    for (const { tooltip } of this.towns) tooltip.size ??= measure(tooltip);
    const order = [...this.towns].sort((a, b) => Number(b.marker.look?.selected ?? false) - Number(a.marker.look?.selected ?? false));
    const items: LabelItem[] = order.map(({ marker, tooltip }) => {
      const { x, y } = map.latLngToContainerPoint(marker.latLng);
      return { x, y, radius: marker.look?.radius ?? 0, width: tooltip.size?.x ?? 0, height: tooltip.size?.y ?? 0, keep: marker.look?.selected ?? false };
    });
    placeLabels(items, map.getSize(), { obstacles: this.obstacles() }).forEach((box, i) => {
      const { tooltip } = order[i]!;
      const item = items[i]!;
      tooltip.getElement()?.classList.toggle('town-label-left-out', box === null);
      if (box === null) return;
      // The label's middle goes on the marker, plus this offset: the middle of the chosen box.
      const offset = L.point(Math.round(box.left + box.width / 2 - item.x), Math.round(box.top + box.height / 2 - item.y));
      if (tooltip.placed && offset.equals(L.point(tooltip.options.offset ?? [0, 0]))) return;
      tooltip.options.offset = offset;
      tooltip._setPosition(map.latLngToLayerPoint(tooltip.getLatLng()!));
    });
  };
}

/** The label's size, or null while it is not laid out (a hidden map), so that it is measured again next time. */
function measure(tooltip: L.Tooltip): L.Point | null {
  const element = tooltip.getElement();
  return element && element.offsetWidth > 0 ? L.point(element.offsetWidth, element.offsetHeight) : null;
}
