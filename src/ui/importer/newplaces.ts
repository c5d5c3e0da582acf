/**
 * The names an article uses that read like places the gazetteer lacks: one the GeoNames reference knows is offered
 * at its position; any other can be put on the map where the reader clicks (or at the map's centre, by keyboard).
 * A place added joins the gazetteer, and the article is read again for what it says of it.
 */
import type * as L from 'leaflet';
import { newPlaceFeature, type PlaceFeature } from '../../core/addition.ts';
import { libyaReference } from '../../core/reference.ts';
import { placedFeature, type ReviewedArticle } from '../../core/review.ts';
import type { NewPlace } from '../../core/suggest/index.ts';
import { h } from '../dom.ts';
import type { ImporterHost } from './host.ts';
import type { Session } from './session.ts';

interface Options {
  host: ImporterHost;
  session: Session;
  redraw: () => Promise<void>;
  hide(): void;
  reopen(): void;
  /** Holds the review still (its buttons disabled, the reason said) while `work` runs. */
  busy(reason: string, work: () => Promise<void>): Promise<void>;
}

const degrees = (lat: number, lon: number): string =>
  `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`;

export function newPlaceOffers(doc: Document, article: ReviewedArticle, names: readonly NewPlace[], options: Options): HTMLElement | null {
  const { host } = options;
  const known = new Set(host.ctx().prepared.dataset.places.map((p) => p.name.toLowerCase()));
  const offered = names.filter((p) => !known.has(p.name.toLowerCase()));
  if (offered.length === 0) return null;
  // Until the review is drawn again, its rows are those of the article without the place: a decision taken on them
  // then would be overwritten by the new reading, so the review is held still until it is back.
  const add = (feature: PlaceFeature): Promise<void> => options.busy(`Adding ${feature.properties.name} to the map and reading the article again…`, async () => {
    const current = options.session.find(article.entry.id)!.article;
    void options.session.put({ ...current, places: [...current.places, feature] });
    await options.redraw();
    options.reopen();
  });
  const items = offered.map((place) => {
    const ref = place.reference;
    const times = place.mentions === 1 ? 'once' : `${place.mentions} times`;
    if (ref) {
      const where = `GeoNames ${ref.geonames ?? '(no id)'}, “${ref.name}”, at ${degrees(ref.lat, ref.lon)}`;
      return h(doc, 'li', {},
        h(doc, 'p', {}, `${place.name}, named ${times}: ${where}.`),
        h(doc, 'button', { type: 'button', onclick: () => {
          const feature = newPlaceFeature(place, libyaReference(), host.ctx().prepared.dataset.places, article.entry.id);
          if (feature) void add(feature);
        } }, `Add ${place.name} to the map`));
    }
    return h(doc, 'li', {},
      h(doc, 'p', {}, `${place.name}, named ${times}: not in the GeoNames reference.`),
      h(doc, 'button', { type: 'button', onclick: () => placeOnMap(doc, place.name, options, (at) => void add(placedFeature(place.name, at, host.ctx().prepared.dataset.places, article.entry.id))) }, `Place ${place.name} on the map`));
  });
  return h(doc, 'section', { class: 'review-places', 'aria-labelledby': 'review-places-title' },
    h(doc, 'h4', { id: 'review-places-title' }, 'Places Frontline does not know yet'),
    h(doc, 'ul', {}, items));
}

/** Hides the dialog and waits for a click on the map (or "Put it at the map's centre"); Escape gives up. */
function placeOnMap(doc: Document, name: string, options: Options, done: (at: [number, number]) => void): void {
  const map = options.host.map();
  options.hide();
  const finish = (at: L.LatLng | null): void => {
    map.off('click', clicked);
    doc.removeEventListener('keydown', escape, true);
    bar.remove();
    map.getContainer().classList.remove('placing');
    if (at) done([at.lng, at.lat]);
    else options.reopen();
  };
  const clicked = (event: L.LeafletMouseEvent): void => finish(event.latlng);
  const escape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    finish(null);
  };
  const centre = h(doc, 'button', { type: 'button', onclick: () => finish(map.getCenter()) }, "Put it at the map's centre");
  const bar = h(doc, 'div', { class: 'placing-bar', role: 'status' },
    h(doc, 'p', {}, `Click the map where ${name} is, or move the map (arrow keys) and put it at its centre. Escape cancels.`),
    centre,
    h(doc, 'button', { type: 'button', onclick: () => finish(null) }, 'Cancel'));
  map.getContainer().classList.add('placing');
  map.getContainer().after(bar);
  map.on('click', clicked);
  doc.addEventListener('keydown', escape, true);
  centre.focus();
}
