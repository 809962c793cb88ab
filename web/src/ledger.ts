/** The ledger: filters (kept in the URL), what is new since the last visit, the timeline, the map and the table. */
import { get, type Summary } from './api.js';
import { clear, h } from './dom.js';
import { navigate } from './main.js';
import { count, when, what, actorsLine } from './format.js';
import { drawMap } from './map.js';
import { drawTimeline } from './timeline.js';

const FILTERS = ['from', 'to', 'type', 'mode', 'acled', 'country', 'admin1', 'actor', 'entity', 'q', 'near', 'radius', 'minConfidence', 'minSources', 'minKilled', 'conflicts', 'background', 'modality', 'since'] as const;
type Facets = Record<'type' | 'mode' | 'acled' | 'country' | 'admin1', { value: string; n: number }[]>;
const LAST_VISIT = 'sitrep.lastVisit';

let facets: Facets | null = null;

export function filterQuery(params: URLSearchParams, drop: string[] = []): URLSearchParams {
  const q = new URLSearchParams();
  for (const k of FILTERS) { const v = params.get(k); if (v && !drop.includes(k)) q.set(k, v); }
  return q;
}

export async function ledgerPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  facets ??= await get<Facets>('/api/facets');
  const filters = filterQuery(params);
  const sort = params.get('sort') ?? '-date';
  const set = (changes: Record<string, string | null>): void => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) { if (v === null || v === '') next.delete(k); else next.set(k, v); }
    navigate('/?' + next.toString());
  };

  const form = filterForm(filters, set);
  const newBox = h('div', { class: 'new' });
  const tl = h('div', { class: 'timeline', 'aria-label': 'timeline' });
  const map = h('div', { class: 'map', 'aria-label': 'map' });
  const table = h('div', { class: 'table' });
  const summary = h('div', { class: 'summary' });
  clear(root);
  root.appendChild(h('div', { class: 'ledger' }, form, h('section', { class: 'results' }, newBox, summary, tl, h('div', { class: 'split' }, map, table))));

  const qs = filters.toString();
  const [page, hist, points] = await Promise.all([
    get<{ events: Summary[]; nextCursor: string | null; total: number }>(`/api/events?${qs}${qs ? '&' : ''}sort=${encodeURIComponent(sort)}&limit=100&count=true`),
    get<{ days: { date: string; events: number; killed: number }[] }>(`/api/events/histogram?${filterQuery(params, ['from', 'to']).toString()}`),
    get<{ points: { id: string; lat: number; lon: number; killed: number; label: string; date: string | null; place: string | null; conflicts: number }[]; truncated: boolean }>(`/api/events/points?${qs}`),
  ]);
  summary.appendChild(h('p', null, h('strong', null, `${page.total} event${page.total === 1 ? '' : 's'}`), filters.toString() ? ' under these filters · ' : ' in the ledger · ',
    h('a', { href: `/api/export/events.csv?${qs}`, download: 'sitrep-events.csv' }, 'ACLED CSV'), ' · ',
    h('a', { href: `/api/export/events.geojson?${qs}`, download: 'sitrep-events.geojson' }, 'GeoJSON')));
  showNew(newBox, set);
  drawTimeline(tl, hist.days, filters.get('from'), filters.get('to'), (from, to) => set({ from, to }));
  await drawMap(map, points.points, points.truncated, (id) => navigate(`/events/${encodeURIComponent(id)}`));
  eventTable(table, page.events, page.nextCursor, sort, qs, (s) => set({ sort: s }));
}

function showNew(box: HTMLElement, set: (c: Record<string, string | null>) => void): void {
  const last = localStorage.getItem(LAST_VISIT);
  const now = new Date().toISOString();
  if (!sessionStorage.getItem(LAST_VISIT)) { sessionStorage.setItem(LAST_VISIT, last ?? ''); localStorage.setItem(LAST_VISIT, now); }
  const since = sessionStorage.getItem(LAST_VISIT);
  if (!since) return;
  void get<{ total: number }>(`/api/events?since=${encodeURIComponent(since)}&limit=1&count=true`).then((r) => {
    if (!r.total) return;
    box.appendChild(h('p', null, `${r.total} event${r.total === 1 ? '' : 's'} new or changed since your last visit (${since.slice(0, 16).replace('T', ' ')} UTC). `,
      h('button', { type: 'button', class: 'link', onclick: () => set({ since }) }, 'Show them')));
  }).catch(() => undefined);
}

function filterForm(filters: URLSearchParams, set: (c: Record<string, string | null>) => void): HTMLElement {
  const f = facets!;
  const field = (label: string, input: HTMLElement, hint?: string) => h('label', null, h('span', null, label), input, hint ? h('small', null, hint) : null);
  const text = (name: string, placeholder = '') => h('input', { name, value: filters.get(name) ?? '', placeholder, autocomplete: 'off' });
  const select = (name: string, options: { value: string; n: number }[], any = 'any') => {
    const s = h('select', { name }, h('option', { value: '' }, any), ...options.map((o) => h('option', { value: o.value }, `${o.value} (${o.n})`)));
    (s as HTMLSelectElement).value = filters.get(name) ?? '';
    return s;
  };
  const tri = (name: string, yes: string, no: string) => {
    const s = h('select', { name }, h('option', { value: '' }, 'either'), h('option', { value: 'true' }, yes), h('option', { value: 'false' }, no));
    (s as HTMLSelectElement).value = filters.get(name) ?? '';
    return s;
  };
  const form = h('form', { class: 'filters', 'aria-label': 'filters' },
    h('h2', null, 'Filters'),
    field('Words in a report', text('q', 'claimed responsibility')),
    h('div', { class: 'pair' }, field('From', h('input', { type: 'date', name: 'from', value: filters.get('from') ?? '' })), field('To', h('input', { type: 'date', name: 'to', value: filters.get('to') ?? '' }))),
    field('PLOVER type', select('type', f.type)),
    field('Mode', select('mode', f.mode)),
    field('ACLED event type', select('acled', f.acled)),
    h('div', { class: 'pair' }, field('Country', select('country', f.country)), field('Admin 1', select('admin1', f.admin1))),
    field('Actor or claimant', text('actor', 'Kataib Hezbollah')),
    h('div', { class: 'pair' }, field('Near (lat,lon)', text('near', '33.79,42.44')), field('Radius km', text('radius', '50'))),
    h('div', { class: 'pair' }, field('Min. sources', text('minSources', '2'), 'independent'), field('Min. killed', text('minKilled', '1'))),
    h('div', { class: 'pair' }, field('Conflicts', tri('conflicts', 'sources disagree', 'sources agree')), field('Background', tri('background', 'background', 'news'))),
    field('Min. confidence', text('minConfidence', '0.5')),
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Apply'), h('button', { type: 'button', class: 'link', onclick: () => navigate('/') }, 'Clear')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form as HTMLFormElement);
    const changes: Record<string, string | null> = { since: filters.get('since') };
    for (const [k, v] of data.entries()) changes[k] = String(v).trim() || null;
    set(changes);
  });
  for (const s of form.querySelectorAll('select')) s.addEventListener('change', () => (form as HTMLFormElement).requestSubmit());
  const active = [...filters.keys()];
  if (active.length) form.appendChild(h('p', { class: 'chips' }, ...active.map((k) => h('button', { type: 'button', class: 'chip', title: 'remove this filter', onclick: () => set({ [k]: null }) }, `${k}: ${filters.get(k)} ×`))));
  return form;
}

function eventTable(box: HTMLElement, events: Summary[], next: string | null, sort: string, qs: string, setSort: (s: string) => void): void {
  const head = (label: string, key: string | null, cls = '') => {
    if (!key) return h('th', { class: cls }, label);
    const on = sort.replace(/^-/, '') === key;
    const nextSort = on && sort.startsWith('-') ? key : '-' + key;
    return h('th', { class: cls }, h('button', { type: 'button', class: 'sort' + (on ? ' on' : ''), onclick: () => setSort(nextSort) }, label, on ? (sort.startsWith('-') ? ' ▼' : ' ▲') : ''));
  };
  const tbody = h('tbody');
  const add = (list: Summary[]) => {
    for (const e of list) {
      tbody.appendChild(h('tr', { 'data-id': e.id, class: e.conflicts.length ? 'conflict' : '' },
        h('td', { class: 'date' }, when(e.date)),
        h('td', null, h('a', { href: `/events/${encodeURIComponent(e.id)}` }, what(e)), e.background ? h('span', { class: 'tag' }, 'background') : null,
          h('div', { class: 'sub' }, actorsLine(e))),
        h('td', null, e.place ?? '—', h('div', { class: 'sub' }, [e.admin1, e.country].filter(Boolean).join(', '))),
        h('td', { class: 'num' }, count(e.killed)),
        h('td', null, e.sources.join('; '), h('div', { class: 'sub' }, `${e.independentSources} independent`)),
        h('td', null, e.conflicts.length ? h('span', { class: 'tag warn' }, e.conflicts.join(', ')) : '')));
    }
  };
  add(events);
  const table = h('table', { class: 'events' }, h('thead', null, h('tr', null, head('Date', 'date'), head('Event', null), head('Place', null), head('Killed', 'toll', 'num'), head('Sources', 'sources'), head('Disagree on', null))), tbody);
  clear(box);
  box.appendChild(table);
  if (!events.length) box.appendChild(h('p', { class: 'muted' }, 'No event matches these filters.'));
  let cursor = next;
  if (cursor) {
    const more = h('button', { type: 'button', class: 'more' }, 'Load more');
    more.addEventListener('click', () => {
      void get<{ events: Summary[]; nextCursor: string | null }>(`/api/events?${qs}${qs ? '&' : ''}sort=${encodeURIComponent(sort)}&limit=100&cursor=${encodeURIComponent(cursor!)}`).then((p) => {
        add(p.events); cursor = p.nextCursor; if (!cursor) more.remove();
      });
    });
    box.appendChild(more);
  }
}
