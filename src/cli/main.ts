/** The `sitrep` command line: dispatches to subcommands; coded errors become messages and exit codes. */
import { SitrepError } from '../core/errors.js';
import { EXIT } from './exit-codes.js';
import { analyzeCommand, ANALYZE_USAGE } from './analyze.js';
import { exportCommand, EXPORT_USAGE } from './export.js';
import { evalCommand, EVAL_SUMMARY } from './eval.js';
import { serveCommand, watchCommand, SERVE_USAGE, WATCH_USAGE } from './serve.js';
import { cliResources } from './resources.js';
import type { Resources } from '../resources/index.js';
import { metaCommand, META_USAGE } from './meta.js';
import { packageVersion, PIPELINE_VERSION } from '../core/version.js';

const USAGE = `sitrep — a sourced, de-duplicated event ledger from news articles

${ANALYZE_USAGE}

${EXPORT_USAGE}

${EVAL_SUMMARY}

${SERVE_USAGE}

${WATCH_USAGE}

${META_USAGE}

sitrep --version prints the version

exit codes: 0 ok, 1 some input failed (named on stderr), 2 usage error, 3 fatal (store) error`;

export interface MainOptions {
  /** where analyze and export get their resources (default: loaded from this process's environment, cliResources) */
  readonly resources?: () => Resources;
}

export async function main(argv: string[], opts: MainOptions = {}): Promise<number> {
  const [cmd, ...rest] = argv;
  const resources = opts.resources ?? cliResources;
  try {
    switch (cmd) {
      case 'analyze': return await analyzeCommand(rest, resources);
      case 'export': return await exportCommand(rest, resources);
      case 'eval': return await evalCommand(rest);
      case 'serve': return await serveCommand(rest, resources);
      case 'watch': return await watchCommand(rest, resources);
      case 'meta': return await metaCommand(rest);
      case '-V': case '--version': case 'version':
        process.stdout.write(`sitrep ${packageVersion()} (pipeline ${PIPELINE_VERSION})\n`);
        return EXIT.OK;
      case undefined: case '-h': case '--help': case 'help':
        process.stdout.write(USAGE + '\n');
        return cmd === undefined ? EXIT.USAGE : EXIT.OK;
      default:
        process.stderr.write(`sitrep: unknown command "${cmd}"\n\n${USAGE}\n`);
        return EXIT.USAGE;
    }
  } catch (e) {
    const usage = e instanceof SitrepError && e.code === 'SITREP_ERR_USAGE' || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`sitrep: ${usage ? '' : 'error: '}${(e as Error).message}\n`);
    return usage ? EXIT.USAGE : EXIT.FATAL;
  }
}
