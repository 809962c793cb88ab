/** Content problems found while reading an article: reported on the article, never thrown. */
export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  readonly severity: Severity;
  /** rule id, `area/name`, e.g. `clean/truncated-paragraph` */
  readonly rule: string;
  readonly message: string;
  /** offsets in the cleaned text, when the problem has a place */
  readonly start?: number;
  readonly end?: number;
  /** the text concerned, for display */
  readonly text?: string;
}
