/** Article, story, outlet and entity pages. */
import { get, type ArticleFull, type ArticleHead, type Summary } from './api.js';
import { clear, h } from './dom.js';
import { when, value, what, count } from './format.js';
import { markedText } from './highlight.js';

interface TimelineEntry { event: string; date: { start: string; end: string; precision: string } | null; type: string; mode: string | null; title: string; place: string | null; background: boolean; articles: number }
interface Story { id: string; title: string | null; articles: string[]; events: string[]; background?: string[]; timeline?: TimelineEntry[] }

const eventList = (events: Summary[]) => h('table', { class: 'events compact' },
  h('thead', null, h('tr', null, h('th', null, 'Date'), h('th', null, 'Event'), h('th', null, 'Place'), h('th', { class: 'num' }, 'Killed'), h('th', null, 'Sources'))),
  h('tbody', null, ...events.map((e) => h('tr', { class: e.conflicts.length ? 'conflict' : '' },
    h('td', { class: 'date' }, when(e.date)), h('td', null, h('a', { href: `/events/${encodeURIComponent(e.id)}` }, e.label), e.background ? h('span', { class: 'tag' }, 'background') : null),
    h('td', null, e.place ?? '—'), h('td', { class: 'num' }, count(e.killed)), h('td', null, e.sources.join('; '))))));

export async function articlePage(root: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  const r = await get<{ article: ArticleFull; spans: { start: number; end: number; text: string; kind: string; event: string; field?: string; value?: unknown }[]; events: Summary[] }>(`/api/articles/${encodeURIComponent(id)}`);
  const only = params.get('event');
  const spans = r.spans.filter((s) => !only || s.event === only);
  const a = r.article;
  clear(root);
  document.title = `${a.title ?? a.id} — Sitrep`;
  root.appendChild(h('div', { class: 'page' },
    h('p', { class: 'crumbs' }, h('a', { href: '/' }, 'Ledger'), ' › article ', h('code', null, a.id)),
    h('h1', null, a.title ?? '(no headline)'),
    h('p', { class: 'muted' }, `${a.source ?? a.outletFromText ?? 'unknown outlet'}${a.published ? ' · ' + a.published : ''}`, a.url ? ' · ' : '', a.url ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null,
      only ? h('span', null, ' · showing one event\'s spans · ', h('a', { href: `/articles/${encodeURIComponent(a.id)}` }, 'show all')) : null),
    h('div', { class: 'two' },
      h('section', null, markedText(a.text, spans.map((s) => ({ start: s.start, end: s.end, cls: s.kind === 'report' ? 'report' : 'value', title: s.kind === 'value' ? `${s.field}: ${value(s.value)}` : undefined })))),
      h('aside', null, h('h2', null, 'Events it reports'), eventList(r.events)))));
}

export async function storiesPage(root: HTMLElement): Promise<void> {
  const { stories } = await get<{ stories: Story[] }>('/api/stories');
  clear(root);
  document.title = 'Stories — Sitrep';
  root.appendChild(h('div', { class: 'page' }, h('h1', null, 'Stories'), h('p', { class: 'muted' }, 'Incidents and what followed them, each with its own timeline.'),
    h('ul', { class: 'stories' }, ...stories.map((s) => h('li', null, h('a', { href: `/stories/${encodeURIComponent(s.id)}` }, s.title ?? '(untitled)'),
      h('span', { class: 'muted' }, ` · ${s.events.length} event(s), ${s.articles.length} article(s)${s.timeline?.length ? ` · ${when(s.timeline[0]!.date)} → ${when(s.timeline.at(-1)!.date)}` : ''}`))))));
}

export async function storyPage(root: HTMLElement, id: string): Promise<void> {
  const { story, events, articles } = await get<{ story: Story; events: Summary[]; articles: ArticleHead[] }>(`/api/stories/${encodeURIComponent(id)}`);
  const byId = new Map(events.map((e) => [e.id, e]));
  clear(root);
  document.title = `${story.title ?? 'Story'} — Sitrep`;
  root.appendChild(h('div', { class: 'page' },
    h('p', { class: 'crumbs' }, h('a', { href: '/stories' }, 'Stories'), ' › ', h('code', null, story.id)),
    h('h1', null, story.title ?? '(untitled story)'),
    h('h2', null, 'Timeline'),
    h('ol', { class: 'story-timeline' }, ...(story.timeline ?? []).map((t) => {
      const e = byId.get(t.event);
      return h('li', { class: t.background ? 'background' : '' }, h('span', { class: 'date' }, when(t.date)),
        h('a', { href: `/events/${encodeURIComponent(t.event)}` }, t.title), t.background ? h('span', { class: 'tag' }, 'background') : null,
        e?.conflicts.length ? h('span', { class: 'tag warn' }, `disagree: ${e.conflicts.join(', ')}`) : null,
        h('span', { class: 'muted' }, ` · ${what(t)}${t.place ? ' · ' + t.place : ''} · ${t.articles} article(s)`));
    })),
    h('h2', null, 'Articles'),
    h('ul', null, ...articles.map((a) => h('li', null, h('a', { href: `/articles/${encodeURIComponent(a.id)}` }, a.title ?? a.id), h('span', { class: 'muted' }, ` · ${a.source ?? 'unknown outlet'} · ${a.published ?? ''}`))))));
}

export async function outletsPage(root: HTMLElement): Promise<void> {
  const { outlets } = await get<{ outlets: { source: string | null; articles: number; first: string | null; last: string | null }[] }>('/api/outlets');
  clear(root);
  document.title = 'Outlets — Sitrep';
  root.appendChild(h('div', { class: 'page' }, h('h1', null, 'Outlets'),
    h('table', { class: 'events compact' }, h('thead', null, h('tr', null, h('th', null, 'Outlet'), h('th', { class: 'num' }, 'Articles'), h('th', null, 'First'), h('th', null, 'Last'))),
      h('tbody', null, ...outlets.map((o) => h('tr', null, h('td', null, o.source ? h('a', { href: `/outlets/${encodeURIComponent(o.source)}` }, o.source) : h('span', { class: 'muted' }, 'unknown outlet')),
        h('td', { class: 'num' }, o.articles), h('td', null, o.first ?? '—'), h('td', null, o.last ?? '—')))))));
}

export async function outletPage(root: HTMLElement, name: string): Promise<void> {
  const r = await get<{ outlet: string; articles: ArticleHead[]; asserted: { event: string; label: string; field: string; value: unknown; evidence: { text: string }; conflicting: boolean }[] }>(`/api/outlets/${encodeURIComponent(name)}`);
  clear(root);
  document.title = `${r.outlet} — Sitrep`;
  root.appendChild(h('div', { class: 'page' }, h('p', { class: 'crumbs' }, h('a', { href: '/outlets' }, 'Outlets')), h('h1', null, r.outlet),
    h('h2', null, 'What it asserted'),
    h('table', { class: 'evidence' }, h('thead', null, h('tr', null, h('th', null, 'Event'), h('th', null, 'Field'), h('th', null, 'Value'), h('th', null, 'Words'))),
      h('tbody', null, ...r.asserted.filter((x) => x.field !== 'modality').map((x) => h('tr', { class: x.conflicting ? 'conflict' : '' },
        h('td', null, h('a', { href: `/events/${encodeURIComponent(x.event)}` }, x.label)), h('td', null, x.field), h('td', { class: 'val' }, value(x.value)), h('td', null, h('q', null, x.evidence.text)))))),
    h('h2', null, 'Articles'),
    h('ul', null, ...r.articles.map((a) => h('li', null, h('a', { href: `/articles/${encodeURIComponent(a.id)}` }, a.title ?? a.id), h('span', { class: 'muted' }, ` · ${a.published ?? ''}`))))));
}

export async function entityPage(root: HTMLElement, id: string): Promise<void> {
  const r = await get<{ entity: { id: string; name: string; type: string; aliases?: string[]; country?: string | null }; events: Summary[] }>(`/api/entities/${encodeURIComponent(id)}`);
  clear(root);
  root.appendChild(h('div', { class: 'page' }, h('h1', null, r.entity.name), h('p', { class: 'muted' }, `${r.entity.type}${r.entity.country ? ' · ' + r.entity.country : ''}${r.entity.aliases?.length ? ' · also: ' + r.entity.aliases.join(', ') : ''}`),
    h('h2', null, 'Events'), eventList(r.events)));
}
