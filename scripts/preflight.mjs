// Runs before the npm scripts, on whatever Node is first on PATH (so plain JavaScript, no TypeScript):
// without node_modules the machine's own Node would die on the first .ts file with ERR_UNKNOWN_FILE_EXTENSION.
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const fail = (line) => {
  console.error(line);
  process.exit(1);
};

if (!existsSync(new URL('node_modules/.bin/node', root))) {
  fail(
    'node_modules is missing or incomplete: run `npm install` first (it also installs the Node this project runs on).',
  );
}
// The scripts are TypeScript run directly (type stripping) and use import.meta.main: see "engines" in package.json.
if (import.meta.main === undefined || !process.features.typescript) {
  fail(
    `Node ${process.versions.node} cannot run this project's scripts: start them through npm (npm run …), which uses the Node from node_modules.`,
  );
}
