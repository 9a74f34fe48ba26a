// A second county's site from the same code: the fictitious Landkreis Beispielheim
// (test/fixtures/sites/musterkreis) brings only its own content, settings, theme and logo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAt, listFiles, prepareFixture, type SiteBuild } from '../../src/lib/build/build-site';
import { FIXTURES } from '../helpers/fixture-site';
import { withoutSoftHyphens } from '../helpers/site-files';

const FIXTURE = join(FIXTURES, 'musterkreis');
const TEXT = /\.(html|css|js|json|xml|txt|csv|svg)$/;

describe('a second county builds from the same code', () => {
  let build: SiteBuild;
  beforeAll(() => {
    build = buildAt(prepareFixture(FIXTURE));
    if (build.status !== 0) throw new Error(build.output.slice(-4000));
  });
  afterAll(() => build?.cleanup());

  // Soft hyphens (the typography step) removed, so words read as written.
  const read = (file: string) => withoutSoftHyphens(readFileSync(join(build.dist, file), 'utf8'));

  it('shows its own name, title and publisher on its pages', () => {
    const home = read('index.html');
    expect(home).toContain('<span class="site-name__org">Landkreis Beispielheim (fiktiv)</span>');
    expect(home).toMatch(/<h1[^>]*>Integrationskonzept Landkreis Beispielheim<\/h1>/);
    expect(read('impressum/index.html')).toContain('Beispielweg 1');
  });

  it('uses its own colours and logo', () => {
    const css = listFiles(build.dist).filter((f) => f.endsWith('.css')).map(read).join('\n');
    expect(css).toMatch(/--c-brand:\s*#6b2d5c/i);
    expect(css).not.toMatch(/#0b4f6c/i);
    expect(read('favicon.svg')).toBe(readFileSync(join(FIXTURE, 'src/content/logo.svg'), 'utf8'));
  });

  it('names its own PDFs and data package', () => {
    const files = listFiles(build.dist);
    expect(files).toContain('downloads/integrationskonzept-landkreis-beispielheim.pdf');
    expect(JSON.parse(read('daten/datapackage.json')).name).toBe('integrationskonzept-landkreis-beispielheim-daten');
  });

  it('says „Kleve“ nowhere: no county detail is left in the code', () => {
    const mentions = listFiles(build.dist)
      .filter((f) => TEXT.test(f))
      .filter((f) => /kleve/i.test(read(f)));
    expect(mentions).toEqual([]);
  });
});
