import * as L from 'leaflet';
import { h } from '../dom.ts';
import { placeLabels, type Box, type LabelItem } from './labelplace.ts';
import type { PlaceMarker } from './markers.ts';

interface Town {
  marker: PlaceMarker;
  tooltip: L.Tooltip;
  /** The label's size in pixels, measured once: its text never changes. */
  size: L.Point | null;
}

/**
 * The names of the towns the story turns on, beside their markers: on the right where there is room, else on
 * another side, so that near the map's edge or beside another town the name is neither cut nor covered. The
 * selected town is placed first. Placed again as the map moves and as a marker's size or the selection changes.
 */
export class TownLabels extends L.LayerGroup {
  private readonly towns: Town[];
  private obstacles: () => Box[] = () => [];

  constructor(doc: Document, markers: readonly PlaceMarker[]) {
    // An element, not a string: Leaflet would parse a string as HTML, and names are data.
    const towns = markers.map((marker) => ({
      marker,
      tooltip: L.tooltip({ permanent: true, direction: 'center', className: 'town-label' })
        .setLatLng(marker.latLng)
        .setContent(h(doc, 'span', {}, marker.place.name)),
      size: null,
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
    return this.towns.find((town) => town.marker.place.id === id)?.size ?? null;
  }

  /** Places every label again; Leaflet moves (and measures) only those whose side changed. */
  readonly place = (): void => {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    const order = [...this.towns].sort((a, b) => Number(b.marker.look?.selected ?? false) - Number(a.marker.look?.selected ?? false));
    const items: LabelItem[] = order.map((town) => {
      const { x, y } = map.latLngToContainerPoint(town.marker.latLng);
      town.size ??= measure(town.tooltip);
      return { x, y, radius: town.marker.look?.radius ?? 0, width: town.size?.x ?? 0, height: town.size?.y ?? 0 };
    });
    placeLabels(items, map.getSize(), { obstacles: this.obstacles() }).forEach((box, i) => {
      const { tooltip } = order[i]!;
      const item = items[i]!;
      // 'center' puts the label's middle on the marker, plus this offset: the middle of the chosen box.
      const offset = L.point(Math.round(box.left + box.width / 2 - item.x), Math.round(box.top + box.height / 2 - item.y));
      if (offset.equals(L.point(tooltip.options.offset ?? [0, 0]))) return;
      tooltip.options.offset = offset;
      tooltip.update();
    });
  };
}

/** The label's size, or null while it is not laid out (a hidden map), so that it is measured again next time. */
function measure(tooltip: L.Tooltip): L.Point | null {
  const element = tooltip.getElement();
  return element && element.offsetWidth > 0 ? L.point(element.offsetWidth, element.offsetHeight) : null;
}
