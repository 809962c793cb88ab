/**
 * One event: its fields each beside the sentence it came from, each outlet's version side by side with
 * the fields where they disagree highlighted, why reports were merged, and the source articles with the
 * report sentences marked in place.
 */
import { get, type ArticleFull, type ArticleHead, type EventFull, type Evidenced } from './api.js';
import { clear, h } from './dom.js';
import { when, value, count } from './format.js';
import { markedText } from './highlight.js';

const FIELD_ORDER = ['type', 'mode', 'date', 'location', 'agent', 'target', 'actors', 'weapon', 'quantity', 'killed', 'injured', 'responsibility', 'outcome', 'modality'];
const order = (f: string) => { const i = FIELD_ORDER.indexOf(f); return i < 0 ? 99 : i; };

/** The value's own words marked inside its sentence. */
function sentenceWithValue(ev: Evidenced): HTMLElement {
  const s = ev.sentence ?? ev.evidence;
  const a = ev.evidence.start - s.start, b = ev.evidence.end - s.start;
  // a dateline place's evidence is a span of the raw input ("BAGHDAD"), which the cleaned sentence does not hold
  if ((ev as { inRaw?: boolean }).inRaw) return h('q', null, h('mark', { class: 'value' }, ev.evidence.text), ' (dateline)');
  if (s === ev.evidence || a < 0 || b > s.text.length) return h('q', null, s.text);
  return h('q', null, s.text.slice(0, a), h('mark', { class: 'value' }, s.text.slice(a, b)), s.text.slice(b));
}

export async function eventPage(root: HTMLElement, id: string): Promise<void> {
  const { event: e, label, articles } = await get<{ event: EventFull; label: string; articles: ArticleHead[] }>(`/api/events/${encodeURIComponent(id)}`);
  const full = await Promise.all(articles.map((a) => get<{ article: ArticleFull }>(`/api/articles/${encodeURIComponent(a.id)}`).then((r) => r.article)));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const outlet = (aid: string) => { const a = byId.get(aid); return a ? `${a.source ?? 'unknown outlet'}${a.published ? ', ' + a.published : ''}` : aid; };
  const conflicted = new Set(e.conflicts.map((c) => c.field));
  clear(root);
  document.title = `${label} — Sitrep`;

  const facts = h('dl', { class: 'facts' },
    ...([
      ['When', `${when(e.date)}${e.date ? ` (${e.date.precision})` : ''}`],
      ['Where', e.location ? `${e.location.name}${e.location.admin1 ? ', ' + e.location.admin1 : ''}${e.location.country ? ', ' + e.location.country : ''}${e.location.lat !== null ? ` (${e.location.lat.toFixed(3)}, ${e.location.lon?.toFixed(3)}; ${e.location.precision})` : ''}` : '—'],
      ['PLOVER', `${e.type}${e.mode ? ' · ' + e.mode : ''}`],
      ['ACLED', [e.acled.event_type, e.acled.sub_event_type].filter(Boolean).join(' · ') || '—'],
      ['Killed / injured', `${count(e.casualties?.killed)} / ${count(e.casualties?.injured)}`],
      ['Responsibility', e.responsibility ? value(e.responsibility) : '—'],
      ['Sources', `${e.sources.join('; ')} (${e.independentSources} independent)`],
      ['Confidence', e.confidence.toFixed(2)],
    ] as const).flatMap(([k, v]) => [h('dt', null, k), h('dd', { class: conflicted.has(k === 'Responsibility' ? 'responsibility' : k === 'Killed / injured' ? 'killed' : k.toLowerCase()) ? 'conflict' : '' }, v)]),
  );

  const header = h('header', { class: 'event-head' },
    h('p', { class: 'crumbs' }, h('a', { href: '/' }, 'Ledger'), ' › event ', h('code', null, e.id)),
    h('h1', null, label),
    e.background ? h('p', { class: 'tag' }, 'recalled as background') : null,
    e.conflicts.length ? h('p', { class: 'banner warn' }, `Sources disagree on ${[...conflicted].join(', ')}.`) : null,
    facts);

  // each field with every reported value and the sentence it came from
  const fields = Object.entries(e.evidence).filter(([f]) => f !== 'modality').sort((a, b) => order(a[0]) - order(b[0]));
  const fieldTable = h('table', { class: 'evidence' },
    h('thead', null, h('tr', null, h('th', null, 'Field'), h('th', null, 'Value'), h('th', null, 'Outlet'), h('th', null, 'Sentence'))),
    h('tbody', null, ...fields.flatMap(([f, vals]) => vals.map((v, i) => h('tr', { class: conflicted.has(f) ? 'conflict' : '' },
      i === 0 ? h('th', { rowspan: vals.length, scope: 'row' }, f) : null,
      h('td', { class: 'val' }, value(v.value)), h('td', { class: 'outlet' }, outlet(v.evidence.article)), h('td', null, sentenceWithValue(v)))))));

  // side by side: one column per article, one row per field
  const cols = articles.map((a) => a.id);
  // where the outlets disagree comes first
  const byConflict = [...fields].sort((a, b) => Number(conflicted.has(b[0])) - Number(conflicted.has(a[0])));
  const sideBySide = h('table', { class: 'versions' },
    h('thead', null, h('tr', null, h('th', null, 'Field'), ...cols.map((a) => h('th', { 'data-article': a }, outlet(a))))),
    h('tbody', null, ...byConflict.map(([f, vals]) => h('tr', { class: conflicted.has(f) ? 'conflict' : '', 'data-field': f },
      h('th', { scope: 'row' }, f, conflicted.has(f) ? h('span', { class: 'tag warn' }, 'disagree') : null),
      ...cols.map((a) => {
        const mine = vals.filter((v) => v.evidence.article === a);
        return h('td', { 'data-article': a }, ...mine.map((v) => h('div', { class: 'version' }, h('strong', null, value(v.value)), sentenceWithValue(v))));
      })))));

  const merged = e.mergedBecause.length ? h('section', null, h('h2', null, 'Why these reports are one event'), h('ul', { class: 'merged' }, ...e.mergedBecause.map((m) => h('li', null, m)))) : null;

  const sources = h('section', null, h('h2', null, 'Source articles'), h('p', { class: 'muted' }, 'Report sentences are marked; the words each value was read from are underlined.'),
    h('div', { class: 'articles' }, ...full.map((a) => {
      const marks = [
        ...e.reports.filter((r) => r.article === a.id).map((r) => ({ start: r.start, end: r.end, cls: 'report' })),
        ...Object.entries(e.evidence).flatMap(([f, vals]) => vals.filter((v) => v.evidence.article === a.id && f !== 'modality' && f !== 'type' && !(v as { inRaw?: boolean }).inRaw)
          .map((v) => ({ start: v.evidence.start, end: v.evidence.end, cls: conflicted.has(f) ? 'value conflict' : 'value', title: `${f}: ${value(v.value)}` }))),
      ];
      return h('article', { class: 'source', 'data-article': a.id },
        h('h3', null, h('a', { href: `/articles/${encodeURIComponent(a.id)}?event=${encodeURIComponent(e.id)}` }, a.title ?? '(no headline)')),
        h('p', { class: 'muted' }, `${a.source ?? a.outletFromText ?? 'unknown outlet'}${a.published ? ' · ' + a.published : ''}`, a.url ? ' · ' : '', a.url ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null),
        markedText(a.text, marks));
    })));

  root.appendChild(h('div', { class: 'event' }, header,
    h('section', null, h('h2', null, 'Each outlet\'s version'), sideBySide),
    h('details', null, h('summary', null, h('h2', null, 'Every value and its sentence, one per row')), fieldTable),
    merged, sources));
}
