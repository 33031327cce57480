// `npm run -s deploy:nginx -- --root /var/www/casetrail [--server-name kb.example.org] [--listen 80]`:
// print an nginx server block that serves dist/ with Casetrail's response headers.
import { parseArgs } from 'node:util';
import { toNginxServer } from '../lib/deploy/targets';

const USAGE =
  'usage: npm run deploy:nginx -- --root /path/to/copied/dist [--server-name HOST] [--listen 80] [--mime-types PATH]';

try {
  const { values } = parseArgs({
    options: {
      root: { type: 'string' },
      'server-name': { type: 'string' },
      listen: { type: 'string' },
      'mime-types': { type: 'string' },
    },
  });
  if (!values.root?.startsWith('/'))
    throw new Error('--root: give the absolute folder that holds the built site (a copy of dist/)');
  process.stdout.write(
    toNginxServer({
      root: values.root,
      base: process.env.CASETRAIL_BASE || '/',
      serverName: values['server-name'],
      listen: values.listen,
      mimeTypes: values['mime-types'],
    }),
  );
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
