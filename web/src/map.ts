/**
 * The map: Natural Earth country outlines (world-atlas, shipped with the app, no tile server), events as
 * circles sized by death toll, clustered (supercluster) when many share the view. Points with
 * conflicting reports are outlined.
 */
import { geoMercator, geoPath, geoGraticule10 } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import Supercluster from 'supercluster';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { clear, h, svg } from './dom.js';

interface Point { id: string; lat: number; lon: number; killed: number; label: string; date: string | null; place: string | null; conflicts: number }

let world: Topology | null = null;
const W = 640, H = 420;

export async function drawMap(box: HTMLElement, points: Point[], truncated: boolean, open: (id: string) => void): Promise<void> {
  world ??= await (await fetch('/countries-50m.json')).json() as Topology;
  const countries = feature(world, world.objects.countries as GeometryCollection);
  const borders = mesh(world, world.objects.countries as GeometryCollection, (a, b) => a !== b);
  const proj = geoMercator();
  if (points.length) {
    const lons = points.map((p) => p.lon), lats = points.map((p) => p.lat);
    const pad = 3;
    const box2 = { type: 'MultiPoint' as const, coordinates: [[Math.min(...lons) - pad, Math.min(...lats) - pad], [Math.max(...lons) + pad, Math.max(...lats) + pad]] };
    proj.fitExtent([[10, 10], [W - 10, H - 10]], box2);
  } else proj.fitExtent([[10, 10], [W - 10, H - 10]], { type: 'Sphere' });
  const path = geoPath(proj);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `map of ${points.length} events` });
  root.appendChild(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
  root.appendChild(svg('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  root.appendChild(svg('path', { d: path(countries) ?? '', class: 'land' }));
  root.appendChild(svg('path', { d: path(borders) ?? '', class: 'border' }));
  const radius = (killed: number) => 4 + Math.sqrt(Math.max(killed, 0)) * 2.5;
  // cluster when dense: points closer than a few pixels at this scale are drawn as one
  const index = new Supercluster<{ p: Point }>({ radius: 18, maxZoom: 16 }).load(points.map((p) => ({ type: 'Feature', properties: { p }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } })));
  const zoom = Math.max(0, Math.min(16, Math.round(Math.log2((proj.scale() * 2 * Math.PI) / 256))));
  const layer = svg('g', { class: 'points' });
  for (const c of index.getClusters([-180, -85, 180, 85], zoom)) {
    const [lon, lat] = c.geometry.coordinates as [number, number];
    const xy = proj([lon, lat]);
    if (!xy) continue;
    const props = c.properties as { cluster?: boolean; point_count?: number; p?: Point };
    if (props.cluster) {
      const leaves = index.getLeaves((c as { id: number }).id as number, Infinity).map((l) => l.properties.p);
      const killed = leaves.reduce((s, p) => s + Math.max(p.killed, 0), 0);
      const g = svg('g', { class: 'cluster', transform: `translate(${xy[0]},${xy[1]})`, tabindex: 0 });
      g.appendChild(svg('circle', { r: radius(killed) + 4 }));
      const t = svg('text', { 'text-anchor': 'middle', dy: '0.35em' });
      t.textContent = String(props.point_count);
      g.appendChild(t);
      const title = svg('title');
      title.textContent = `${props.point_count} events, ${killed} killed:\n` + leaves.slice(0, 8).map((p) => `${p.date ?? ''} ${p.label}`).join('\n');
      g.appendChild(title);
      layer.appendChild(g);
    } else if (props.p) {
      const p = props.p;
      const circle = svg('circle', { cx: xy[0], cy: xy[1], r: radius(p.killed), class: p.conflicts ? 'event conflict' : 'event', tabindex: 0, 'data-id': p.id });
      const title = svg('title');
      title.textContent = `${p.date ?? 'undated'} ${p.label}${p.killed > 0 ? ` — ${p.killed} killed` : ''}`;
      circle.appendChild(title);
      circle.addEventListener('click', () => open(p.id));
      circle.addEventListener('keydown', (ev) => { if ((ev as KeyboardEvent).key === 'Enter') open(p.id); });
      layer.appendChild(circle);
    }
  }
  root.appendChild(layer);
  clear(box);
  box.appendChild(root);
  box.appendChild(h('p', { class: 'caption' }, `${points.length} located event${points.length === 1 ? '' : 's'}${truncated ? ' (the largest tolls; narrow the filters to see all)' : ''} · circle area ∝ deaths · outlined: sources disagree · Natural Earth`));
}
