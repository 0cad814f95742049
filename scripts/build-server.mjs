// Bundles the server and CLI into dist/server/tavana.mjs (and the import's worker beside it), which `npm start` runs with plain
// Node. Bundling the dependencies too matters for the cold start: resolving and reading the
// hundreds of small files of kysely, zod and fastify costs more than running them.
import { build } from 'esbuild';

await build({
  // The import's dry run reads files in a worker thread, which loads its own file beside the bundle.
  entryPoints: { tavana: 'src/cli/main.ts', 'import-stage-worker': 'src/modules/residents/imports.stage-worker.ts' },
  outdir: 'dist/server',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // Left as packages: they load files beside their own code (PGlite's WebAssembly and extension
  // archives, Swagger UI's static assets), ship a native binary (argon2), are optional (pg-native),
  // or are large and loaded only on the first export (exceljs, docx).
  external: ['@electric-sql/pglite', '@node-rs/argon2', '@fastify/swagger-ui', 'pg-native', 'exceljs', 'docx'],
  // Bundled CommonJS packages call require() for Node's built-ins; an ES module has none.
  banner: { js: "import { createRequire as __tavanaCreateRequire } from 'node:module'; const require = __tavanaCreateRequire(import.meta.url);" },
});
