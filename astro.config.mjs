// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { markdownRehypePlugins, mdxRehypePlugins } from './src/lib/markdown/pipeline.ts';
import { siteBuild } from './src/integrations/site-build.ts';
import { SOURCE_LANGUAGE, TRANSLATION_LANGUAGES } from './src/lib/i18n/languages.ts';

// Deployment target: set SITE_URL (the server's address) and BASE_PATH (e.g. /integrationskonzept/)
// in the environment. Without SITE_URL, canonical and citation URLs point at the local preview
// (never at someone's real domain); `npm run build -- --release` refuses to run without it.
const site = process.env.SITE_URL || 'http://localhost:4321';
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
  // German stays at today's URLs; the translated summaries live under /en/, /tr/, /ar/, /uk/, /ru/.
  i18n: {
    locales: [SOURCE_LANGUAGE, ...TRANSLATION_LANGUAGES],
    defaultLocale: SOURCE_LANGUAGE,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // Never inline scripts into HTML: the Content-Security-Policy allows only files from the site.
  vite: { build: { assetsInlineLimit: 0 } },
  // No prefetch, no telemetry, no image service calls to other origins.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
});
