/**
 * Coded errors, one registry. Content problems in an article are diagnostics (see diagnostics.ts);
 * these are for input that cannot be used at all and for programmer/config mistakes.
 */
export type ErrorCode =
  | 'SITREP_ERR_SPAN'
  | 'SITREP_ERR_INPUT_MISSING'
  | 'SITREP_ERR_INPUT_EMPTY'
  | 'SITREP_ERR_INPUT_BINARY'
  | 'SITREP_ERR_INPUT_ENCODING'
  | 'SITREP_ERR_INPUT_TOO_LARGE'
  | 'SITREP_ERR_INPUT_MALFORMED'
  | 'SITREP_ERR_INPUT_UNSUPPORTED'
  | 'SITREP_ERR_URL_BLOCKED'
  | 'SITREP_ERR_META'
  | 'SITREP_ERR_CONFIG'
  | 'SITREP_ERR_STORE'
  /** a bug or an unforeseen input inside the engine: wrapped with the input's name, never a bare stack */
  | 'SITREP_ERR_INTERNAL'
  | 'SITREP_ERR_USAGE';

export class SitrepError extends Error {
  readonly code: ErrorCode;
  /** the input (file path, file:line, URL) the error is about, when there is one */
  readonly input?: string;
  constructor(code: ErrorCode, message: string, input?: string) {
    super(input ? `${input}: ${message}` : message);
    this.name = 'SitrepError';
    this.code = code;
    if (input !== undefined) this.input = input;
  }
}
