// Bundles the client, the language server and the CLI with esbuild: one file each under dist/.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

const production = process.argv.includes('--production');

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], minify: production }),
  build({ ...common, entryPoints: ['server/src/node/server.ts'], outfile: 'dist/server.js', minify: production, banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/node/cli.ts'], outfile: 'dist/cli.js', minify: production, banner: { js: '#!/usr/bin/env node' } }),
]);
