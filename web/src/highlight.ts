/** An article's text with spans marked in place: built from text nodes and <mark>s, never from HTML. */
import { h } from './dom.js';

export interface Mark { start: number; end: number; cls: string; title?: string; id?: string }

export function markedText(text: string, marks: Mark[]): HTMLElement {
  // cut the text at every span boundary; each piece takes the classes of the spans that cover it
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(text.length, m.start))); cuts.add(Math.max(0, Math.min(text.length, m.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const body = h('div', { class: 'article-text' });
  let para = h('p');
  body.appendChild(para);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!, b = points[i + 1]!;
    const over = marks.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    // paragraphs: the cleaned text separates them with line breaks
    const parts = piece.split(/\n+/);
    parts.forEach((part, j) => {
      if (j > 0) { para = h('p'); body.appendChild(para); }
      if (!part) return;
      if (!over.length) { para.appendChild(document.createTextNode(part)); return; }
      const cls = [...new Set(over.map((m) => m.cls))].join(' ');
      const title = over.map((m) => m.title).filter(Boolean).join('\n');
      const id = over.find((m) => m.id)?.id;
      para.appendChild(h('mark', { class: cls, title: title || null, 'data-span': id ?? null }, part));
    });
  }
  return body;
}
