/**
 * Runs `sitrep` in this process (main() from src/cli/main.ts) over the test file's shared resources (the
 * KB is built once, not once per command), capturing its exit code, stdout and stderr.
 * Only string writes are captured: the CLI writes strings, while node:test's child-process reporter writes
 * serialized Buffers to stdout, which must pass through untouched.
 */
import { main } from '../../src/cli/main.js';
import { testResources } from '../helpers/resources.js';

export interface CliRun { code: number; stdout: string; stderr: string }

export async function runCli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = process.stdout.write;
  const stderr = process.stderr.write;
  const capture = (into: string[], original: typeof process.stdout.write, stream: NodeJS.WriteStream) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (typeof chunk !== 'string') return (original as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
      into.push(chunk);
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = capture(out, stdout, process.stdout);
  process.stderr.write = capture(err, stderr, process.stderr);
  try {
    const code = await main(argv, { resources: testResources });
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}
