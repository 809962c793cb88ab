/**
 * No module-level mutable state in the stage and fusion code (issue 12): a cache that outlives one call
 * belongs to Resources (`res.memo(key, build)`), not to a module. Reads src/{nlp,extract,fuse,pipeline,
 * resources,lexicon} and fails on
 * - a module-level `let` (a variable any call may reassign);
 * - a module-level `new Map/Set/WeakMap/WeakSet` changed inside a function (`.set/.add/.delete/.clear`
 *   on an indented line; tables filled once by top-level code while the module loads are constants).
 * The few allowed ones are listed below with the reason they may stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Memos keyed by an object that never changes once built (a WeakMap dies with its key and holds
 * nothing another call could see differently): pure, so allowed.
 */
const ALLOWED: Record<string, string> = {
  'fuse/features.ts:norms': 'norm of a feature map, keyed by the (never changed) map',
  'fuse/block.ts:blocks': 'block of a canonical event, keyed by the immutable event object',
  'fuse/fuse.ts:views': 'view of a canonical event, keyed by the immutable event object',
  'extract/events/np.ts:named': 'name tokens of a sentence view, keyed by the view (one document)',
  'nlp/entities/kb-match.ts:tokenKeys': 'KB keys of a token array, keyed by the array (tokens never change after their stage)',
};

function srcDir(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json'))) d = dirname(d);
  return join(d, 'src');
}

function moduleState(src: string, folders: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) { walk(p); continue; }
      if (!p.endsWith('.ts')) continue;
      const file = relative(src, p);
      const text = readFileSync(p, 'utf8');
      for (const m of text.matchAll(/^(?:export\s+)?let\s+(\w+)/gm)) found.push(`${file}:${m[1]} (module-level let)`);
      for (const m of text.matchAll(/^(?:export\s+)?const\s+(\w+)\s*(?::[^=\n]+)?=\s*new\s+(?:Weak)?(?:Map|Set)\b/gm)) {
        const name = m[1]!;
        const changed = new RegExp(`^[ \\t]+.*\\b${name}\\.(?:set|add|delete|clear)\\(`, 'm').test(text);
        if (changed && !ALLOWED[`${file}:${name}`]) found.push(`${file}:${name} (module-level ${m[0].split('new ')[1]} changed at run time)`);
      }
    }
  };
  for (const f of folders) if (existsSync(join(src, f))) walk(join(src, f));
  return found;
}

test('no module-level mutable state in nlp, extract, fuse, pipeline, resources, lexicon', () => {
  const src = srcDir();
  assert.deepEqual(moduleState(src, ['nlp', 'extract', 'fuse', 'pipeline', 'resources', 'lexicon']), []);
});

test('the check finds a module-level cache (checked on the KB string memos it does not cover)', () => {
  // src/kb/normalize.ts keeps two bounded string memos of pure functions (tokenKey, compactKey), used
  // while the KB is built, before any Resources exist; the check sees them when pointed there
  const kb = moduleState(srcDir(), ['kb']);
  assert.ok(kb.some((x) => x.startsWith('kb/normalize.ts:compactMemo')), kb.join('\n'));
});
