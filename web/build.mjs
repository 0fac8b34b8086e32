// Bundles the explorer's ES modules with esbuild into the .NET host's static files
// (src/Graph.Explorer/wwwroot/dist, git-ignored). Run by `npm run build`, which the explorer's
// MSBuild target calls whenever a web source is newer than the output.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'Graph.Explorer', 'wwwroot', 'dist');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: [join(here, 'src', 'main.js'), join(here, 'src', 'styles.css')],
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: ['es2022'],
  outdir: out,
  logLevel: 'warning',
});
// Written last: MSBuild compares the web sources with index.html's time to decide whether to rebuild.
await writeFile(join(out, 'index.html'), await readFile(join(here, 'index.html')));
