/** The Sitrep web app: a router over the URL (path and query are the whole state, so links can be shared). */
import { clear, h } from './dom.js';
import { ledgerPage } from './ledger.js';
import { eventPage } from './event.js';
import { articlePage, storiesPage, storyPage, outletsPage, outletPage, entityPage } from './pages.js';

const app = (): HTMLElement => document.getElementById('app')!;

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href); else history.pushState(null, '', href);
  void route();
}

async function route(): Promise<void> {
  const root = app();
  const path = location.pathname;
  const seg = path.split('/').filter(Boolean).map(decodeURIComponent);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-nav]')) a.classList.toggle('on', a.pathname === '/' ? seg.length === 0 || seg[0] === 'ledger' : path.startsWith(a.pathname));
  try {
    if (!seg.length || seg[0] === 'ledger') return await ledgerPage(root, new URLSearchParams(location.search));
    clear(root);
    root.appendChild(h('p', { class: 'muted' }, 'Loading…'));
    if (seg[0] === 'events' && seg[1]) return await eventPage(root, seg[1]);
    if (seg[0] === 'articles' && seg[1]) return await articlePage(root, seg[1], new URLSearchParams(location.search));
    if (seg[0] === 'stories' && seg[1]) return await storyPage(root, seg[1]);
    if (seg[0] === 'stories') return await storiesPage(root);
    if (seg[0] === 'outlets' && seg[1]) return await outletPage(root, seg[1]);
    if (seg[0] === 'outlets') return await outletsPage(root);
    if (seg[0] === 'entities' && seg[1]) return await entityPage(root, seg[1]);
    clear(root);
    root.appendChild(h('p', { class: 'error' }, `No page at ${path}.`));
  } catch (e) {
    clear(root);
    root.appendChild(h('p', { class: 'error' }, `Could not load: ${(e as Error).message}`));
  }
}

// same-origin links go through the router instead of reloading the page
document.addEventListener('click', (ev) => {
  const a = (ev.target as Element).closest?.('a');
  if (!a || a.target || ev.ctrlKey || ev.metaKey || ev.shiftKey || a.origin !== location.origin || a.pathname.startsWith('/docs') || a.pathname.startsWith('/api')) return;
  ev.preventDefault();
  navigate(a.pathname + a.search + a.hash);
});
window.addEventListener('popstate', () => void route());
void route();
