/**
 * Figures stage: numbers with what they count, per sentence (see extract.ts), each with its span, the
 * words of the number, whether it is approximate, and a readable description. Runs after the date
 * stage so that numbers inside dates and times are not read as counts.
 */
import type { Doc, Token } from '../../core/model/doc.js';
import type { FigureMention } from '../../core/model/figure.js';
import type { Stage } from '../stage.js';
import { sentenceFigures } from './extract.js';
import { describe, placeAfter, placeBefore } from './describe.js';

export const figuresStage: Stage = {
  name: 'nlp/figures.v1',
  requires: ['sentences', 'tokens', 'mentions', 'times'],
  assigns: ['figures'],
  run(doc: Doc): void {
    const { text } = doc.article;
    // tokens inside a time expression (times are in text order, tokens are visited in text order)
    const times = doc.times;
    let ti = 0;
    const inTime = (t: Token): boolean => {
      while (ti > 0 && times[ti - 1]!.end > t.start) ti--;
      while (ti < times.length && times[ti]!.end <= t.start) ti++;
      const x = times[ti];
      return !!x && x.start < t.end && t.start < x.end;
    };
    const figures: FigureMention[] = [];
    doc.sentences.forEach((s, si) => {
      const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
      const raws = sentenceFigures(toks, inTime);
      let lastPlace: string | null = null;
      for (const f of raws) {
        const pAfter = placeAfter(doc, toks, f.to);
        const place = pAfter?.text ?? placeBefore(doc, toks, f.numFrom) ?? null;
        const end = toks[(pAfter ? pAfter.endToken : f.to) - 1]!.end;
        const start = toks[f.from]!.start;
        lastPlace = place ?? lastPlace;
        figures.push({
          start, end, text: text.slice(start, end), sentence: si,
          value: f.value, max: f.max, approximate: f.approximate, unit: f.unit,
          what: describe(doc, toks, f, place, pAfter?.prep ?? 'in'),
          numberText: text.slice(toks[f.numFrom]!.start, toks[f.numTo - 1]!.end),
        });
      }
    });
    doc.figures = figures;
  },
};

/** A figure in the report contract's shape: {value, approximate, what, evidence}. */
export function figureToContract(doc: Doc, f: FigureMention): { value: number; approximate: boolean; what: string; evidence: { article: string; start: number; end: number; text: string } } {
  return { value: f.value, approximate: f.approximate, what: f.what, evidence: { article: doc.article.id, start: f.start, end: f.end, text: f.text } };
}
