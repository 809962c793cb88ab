/**
 * `sitrep eval --format gtd|acled|ucdp|wikievents|plover|gritta|corpus|articles|incidents --gold FILE [--json] [--limit N] [--stream]`. The eval code
 * (src/eval) is loaded only when this command runs, so `analyze` does not pay for it.
 */
import { parseArgs } from 'node:util';
import { SitrepError } from '../core/errors.js';
import { EXIT } from './exit-codes.js';

export const EVAL_SUMMARY = `usage: sitrep eval --format gtd|acled|ucdp|wikievents|plover|gritta|corpus|articles|incidents --gold FILE [--json] [--limit N] [--stream]
  runs the pipeline on labelled records and prints field-by-field accuracy (sitrep eval --help, docs/EVAL.md)`;

export async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { format: { type: 'string' }, gold: { type: 'string' }, json: { type: 'boolean', default: false }, limit: { type: 'string' }, stream: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  const { runEval, EVAL_USAGE } = await import('../eval/index.js');
  if (values.help) { process.stdout.write(EVAL_USAGE + '\n'); return EXIT.OK; }
  if (!values.format || !values.gold) throw new SitrepError('SITREP_ERR_USAGE', 'eval needs --format and --gold\n' + EVAL_USAGE);
  const res = await runEval({ format: values.format, gold: values.gold, json: values.json, stream: values.stream, ...(process.env.SITREP_SHARED ? { shared: process.env.SITREP_SHARED } : {}), ...(values.limit ? { limit: Number(values.limit) } : {}) });
  process.stdout.write(values.json ? JSON.stringify(res.json, null, 2) + '\n' : res.text);
  return res.exitCode;
}
