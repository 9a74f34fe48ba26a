// The county's logo (src/content/logo.svg) as the site's icon: county files stay in src/content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { THEME_FILES } from '../lib/project/load-project';

export const GET: APIRoute = () =>
  new Response(readFileSync(join(process.cwd(), THEME_FILES[1])), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
