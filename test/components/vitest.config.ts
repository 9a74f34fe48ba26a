// The "components" project: .astro components rendered with Astro's Container API inside Astro's
// own Vite setup (dev toolbar off, or the output carries absolute paths).
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: { name: 'components', root: fileURLToPath(new URL('../..', import.meta.url)), include: ['test/components/**/*.test.ts'] },
  },
  { devToolbar: { enabled: false } },
);
