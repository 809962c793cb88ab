/** Exit codes of the CLI (documented in README). */
export const EXIT = {
  /** everything read and stored */
  OK: 0,
  /** the command ran, but one or more inputs could not be read or analysed (named on stderr) */
  INPUT_FAILED: 1,
  /** wrong usage: unknown command or option, missing argument */
  USAGE: 2,
  /** the store could not be opened or written, or another fatal error */
  FATAL: 3,
} as const;
