import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Tavana's package.json. Code runs from `src/` (tsx, tests) or from the
 * bundle in `dist/server/` (npm start), so paths are found from the root, not from the file.
 */
export function projectRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(folder, 'package.json')) && fs.existsSync(path.join(folder, 'src/modules'))) return folder;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('Cannot find the Tavana project folder (package.json beside src/modules)');
    folder = parent;
  }
}
