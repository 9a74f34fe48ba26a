// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { markdownRehypePlugins, mdxRehypePlugins } from './src/lib/markdown/pipeline.ts';
import { siteBuild } from './src/integrations/site-build.ts';

// Deployment target: set SITE_URL (e.g. https://www.kreis-kleve.de) and BASE_PATH
// (e.g. /integrationskonzept/) in the environment; both are optional for local use.
const site = process.env.SITE_URL || 'https://www.kreis-kleve.de';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  // 'ignore' so that the dev server also serves /daten/x.csv; every link we write ends in / (src/lib/url.ts).
  trailingSlash: 'ignore',
  outDir: process.env.BUILD_OUT_DIR || './dist',
  // Per-checkout cache (not in node_modules), so fixture builds that share node_modules stay apart.
  cacheDir: './.astro/cache',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Base-path links, table alignment as classes and the HTML allow-list (src/lib/markdown/pipeline.ts);
  // `npm run check` compiles every chapter with the same plugins.
  markdown: { rehypePlugins: markdownRehypePlugins(base) },
  // siteBuild: search index, sitemap and PDF after the pages are written (src/lib/build/after-build.ts).
  integrations: [mdx({ extendMarkdownConfig: false, rehypePlugins: mdxRehypePlugins(base) }), siteBuild()],
  devToolbar: { enabled: false },
  // Never inline scripts into HTML: the Content-Security-Policy allows only files from the site.
  vite: { build: { assetsInlineLimit: 0 } },
  // No prefetch, no telemetry, no image service calls to other origins.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
});
