/**
 * The top-level folders of src/ import each other without cycles (issue 12): nlp never imports extract
 * (the stage list lives in src/pipeline), and the resources every stage reads sit below both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function srcDir(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json'))) d = dirname(d);
  return join(d, 'src');
}

/** folder → folders it imports (relative imports of .ts files, type imports included) */
function folderGraph(src: string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  const top = (p: string): string => relative(src, p).split('/')[0]!;
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
          const target = resolve(dirname(p), m[1]!);
          if (!target.startsWith(src + '/')) continue;
          const a = top(p), b = top(target);
          if (a !== b && !/\.(ts|js)$/.test(b)) (edges.get(a) ?? edges.set(a, new Set()).get(a)!).add(b);
        }
      }
    }
  };
  walk(src);
  return edges;
}

test('no import cycle between the top-level folders of src/', () => {
  const g = folderGraph(srcDir());
  assert.ok(g.get('pipeline')?.has('extract') && g.get('extract')?.has('nlp'), 'the graph is read (pipeline imports extract, extract imports nlp)');
  const cycles: string[] = [];
  const visit = (start: string, node: string, path: string[]): void => {
    for (const nx of g.get(node) ?? []) {
      if (nx === start) cycles.push([...path, start].join(' -> '));
      else if (!path.includes(nx)) visit(start, nx, [...path, nx]);
    }
  };
  for (const s of g.keys()) visit(s, s, [s]);
  assert.deepEqual(cycles, []);
  assert.ok(!g.get('nlp')?.has('extract'), 'nlp does not import extract');
});
