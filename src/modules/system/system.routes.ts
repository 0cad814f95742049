import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../project-root.ts';
import type { TavanaApp } from '../../server/fastify-types.ts';
import { systemInfoSchema } from './system.schemas.ts';
import { isDemo } from './system.service.ts';

const { version } = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string };

export async function systemRoutes(app: TavanaApp): Promise<void> {
  // Public like /api/health: the login page shows the demo notice before anyone signs in.
  app.get(
    '/api/v1/system',
    { schema: { tags: ['system'], summary: 'Version, database kind and whether this is the demo', response: { 200: systemInfoSchema } } },
    async () => ({ demo: await isDemo(app.db), version, database: app.databaseKind }),
  );
}
