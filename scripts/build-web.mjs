// Builds the web app into dist/web: esbuild bundles web/src (d3 modules, topojson-client, supercluster) into
// one app.js; index.html, app.css and the Natural Earth country outlines (world-atlas) are copied beside it.
// Nothing is loaded from a CDN at run time.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/web`;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [`${root}web/src/main.ts`], bundle: true, format: 'esm', target: 'es2022', minify: true, sourcemap: true,
  outfile: `${out}/app.js`, logLevel: 'warning', legalComments: 'linked',
});
copyFileSync(`${root}web/index.html`, `${out}/index.html`);
copyFileSync(`${root}web/app.css`, `${out}/app.css`);
copyFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), `${out}/countries-50m.json`);
