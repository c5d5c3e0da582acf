import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type { Analysis } from './analysis.ts';
import { changesBetween, type FrontMove } from './changes.ts';
import { CONTROL_COLOURS } from './palette.ts';
import { roundLonLat } from './precision.ts';
import { roadOf, sliceAlong } from './road.ts';
import type { Day, Front } from './types.ts';

/** A FeatureCollection of what changed between two days, saying which in its foreign member (RFC 7946 §6.1). */
export interface ChangesCollection extends FeatureCollection {
  frontline: { kind: 'changes'; from: Day; to: Day; sources: string[] };
}

/**
 * `changesBetween` as GeoJSON: a Point per place that changed (its steps and their citations in `steps`), a
 * LineString per stretch of highway that changed side, a Point per front of each day with how far it moved.
 * Carries simplestyle colours of the second day, so a GeoJSON viewer shows where things ended up.
 */
export function changesCollection(analysis: Analysis, from: Day, to: Day): ChangesCollection {
  const changes = changesBetween(analysis, from, to);
  const places = changes.places.map((change) => {
    const { coordinates } = analysis.placesById.get(change.place)!;
    return feature({ type: 'Point', coordinates: [...coordinates] }, {
      kind: 'change',
      ...change,
      'marker-color': CONTROL_COLOURS[change.to],
    });
  });
  const { highway } = analysis.dataset;
  const road = highway && roadOf(highway);
  const stretches = road
    ? changes.stretches.map((s) =>
        feature({ type: 'LineString', coordinates: sliceAlong(road, s.fromKm, s.toKm).map(roundLonLat) }, {
          kind: 'stretch-change',
          ...s,
          stroke: CONTROL_COLOURS[s.to ?? 'no-report'],
          'stroke-width': 6,
        }),
      )
    : [];
  const fronts = changes.fronts.flatMap((move) => [
    ...(move.from ? [frontFeature(move.from, from, move)] : []),
    ...(move.to ? [frontFeature(move.to, to, move)] : []),
  ]);
  return {
    type: 'FeatureCollection',
    frontline: { kind: 'changes', from, to, sources: changes.sources },
    features: [...places, ...stretches, ...fronts],
  };
}

function frontFeature(front: Front, day: Day, move: FrontMove): Feature {
  const { point, ...rest } = front;
  return feature({ type: 'Point', coordinates: [...point] }, {
    kind: 'front',
    day,
    ...rest,
    movedKm: move.movedKm,
    direction: move.direction,
    'marker-color': CONTROL_COLOURS.front,
  });
}

function feature(geometry: Geometry, properties: GeoJsonProperties): Feature {
  return { type: 'Feature', properties, geometry };
}
