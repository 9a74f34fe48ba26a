// German typography in the built site: soft hyphens where boxes are narrow, never in what search,
// metadata or copy of prose see.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REAL_SITE } from '../helpers/paths';
import { rawPage } from '../helpers/site-files';

const SHY = '\u00ad';

describe('soft hyphens (build-time hyphenation)', () => {
  const chapter = rawPage(REAL_SITE, 'kapitel/zukuenftige-gestaltung');

  it('are in long words of headings and table cells', () => {
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(chapter)![1]).toContain(`ti${SHY}ons${SHY}ar${SHY}beit`);
    expect(chapter).toMatch(new RegExp(`<td[^>]*>[^<]*${SHY}`));
  });

  it('are not in attributes (search metadata, titles), the document title or prose paragraphs', () => {
    for (const m of chapter.matchAll(/<[^>]+>/g)) expect(m[0]).not.toContain(SHY);
    expect(/<title>[^<]*<\/title>/.exec(chapter)![0]).not.toContain(SHY);
    for (const m of chapter.matchAll(/<p>([^<]*)<\/p>/g)) expect(m[1]).not.toContain(SHY);
  });

  it('are not in the search index (titles, excerpts and words stay whole)', () => {
    const dir = join(REAL_SITE, 'pagefind', 'fragment');
    const fragments = readdirSync(dir).map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
    expect(fragments.length).toBeGreaterThan(10);
    expect(fragments.join('')).toContain('Integrationsarbeit');
    expect(fragments.filter((f) => f.includes(SHY))).toEqual([]);
  });

  it('are not on the Leichte-Sprache page (no hyphenation in Leichte Sprache)', () => {
    expect(rawPage(REAL_SITE, 'leichte-sprache')).not.toContain(SHY);
  });
});
