// The world map ships with the app (world-atlas TopoJSON, Natural Earth 1:110m): no map tiles are fetched from the internet.
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';

let done = false;

export function ensureWorldMap(registerMap: (name: string, geo: never) => void): void {
  if (done) return;
  const topo = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geo = feature(topo, topo.objects.countries) as unknown as FeatureCollection;
  registerMap('world', geo as never);
  done = true;
}
