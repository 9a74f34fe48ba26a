// The translated summaries and Leichte Sprache in the built site: hreflang pairs, lang/dir,
// the notice in both languages, and every field and action covered in Leichte Sprache.
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/project/load-project';
import { TRANSLATION_LANGUAGES } from '../../src/lib/i18n/languages';
import { REAL_SITE } from '../helpers/paths';
import { page, readPages, textOf } from '../helpers/site-files';

const { project } = loadProject('.');
const pages = readPages(REAL_SITE);
/** The site's absolute root, as the build wrote it (SITE_URL or the local default). */
const SITE = /<link rel="canonical" href="([^"]+)"/.exec(page(REAL_SITE, ''))![1]!;

/** hreflang → href of a page's alternate links. */
function alternates(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
}

describe('translated summaries', () => {
  it('exist for every language', () => {
    expect(project.translations.map((t) => t.lang)).toEqual([...TRANSLATION_LANGUAGES]);
  });

  it.each(['', 'suche'])('hreflang alternates of „/%s“ form complete pairs with x-default', (germanPath) => {
    const cluster = ['de', ...TRANSLATION_LANGUAGES].map((lang) => (lang === 'de' ? germanPath : `${lang}${germanPath ? `/${germanPath}` : ''}`));
    const expected = Object.fromEntries([
      ...cluster.map((p, i) => [i === 0 ? 'de' : TRANSLATION_LANGUAGES[i - 1]!, `${SITE}${p ? `${p}/` : ''}`]),
      ['x-default', `${SITE}${germanPath ? `${germanPath}/` : ''}`],
    ]);
    for (const path of cluster) expect(alternates(page(REAL_SITE, path)), path).toEqual(expected);
  });

  it('pages with German only have no alternates', () => {
    expect(alternates(page(REAL_SITE, 'handlungsfelder/sprache'))).toEqual({});
  });

  it.each(TRANSLATION_LANGUAGES.map((l) => [l]))('/%s/ has lang, dir, the notice in its language and in German, and every field', (lang) => {
    const html = page(REAL_SITE, lang);
    expect(html).toMatch(new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`));
    expect(html).toContain('<p lang="de" dir="ltr">Verbindlich ist die deutsche Fassung. Redaktionell übersetzt, nicht amtlich geprüft.</p>');
    const t = project.translations.find((x) => x.lang === lang)!;
    for (const f of project.fields) expect(html).toContain(`href="/handlungsfelder/${f.id}/" hreflang="de">${t.fieldTitles[f.id]}</a>`);
    expect(html).not.toContain('Übersetzung veraltet');
    expect(textOf(html)).not.toContain('BITTE ERGÄNZEN');
  });

  it('marks proposals as proposals in every language', () => {
    for (const t of project.translations) {
      const text = textOf(page(REAL_SITE, t.lang));
      const proposal = { en: 'proposal, not yet decided', tr: 'öneri, henüz karar verilmedi', ar: 'اقتراح، لم يُتخذ قرار بعد', uk: 'пропозиція, ще не ухвалена', ru: 'предложение, ещё не принято' }[t.lang];
      expect(text, t.lang).toContain(proposal);
    }
  });

  it('puts every page in the language switcher with its own name, lang and hreflang', () => {
    const html = page(REAL_SITE, 'kapitel/einleitung');
    const nav = html.slice(html.indexOf('class="language-switcher"'), html.indexOf('</nav>', html.indexOf('class="language-switcher"')));
    expect([...nav.matchAll(/lang="([^"]+)" hreflang="([^"]+)"[^>]*>([^<]+)</g)].map((m) => [m[1], m[2], m[3]])).toEqual([
      ['de', 'de', 'Deutsch'], ['en', 'en', 'English'], ['tr', 'tr', 'Türkçe'], ['ar', 'ar', 'العربية'], ['uk', 'uk', 'Українська'], ['ru', 'ru', 'Русский'],
    ]);
  });
});

describe('Leichte Sprache', () => {
  it('has a page for every field, linked from the field page and the overview', () => {
    const overview = page(REAL_SITE, 'leichte-sprache');
    for (const f of project.fields) {
      expect(pages.has(`leichte-sprache/${f.id}`), f.id).toBe(true);
      expect(overview).toContain(`href="/leichte-sprache/${f.id}/"`);
      expect(page(REAL_SITE, `handlungsfelder/${f.id}`)).toContain(`href="/leichte-sprache/${f.id}/"`);
    }
  });

  it('lists every action with its state on the actions page, linked from the start page', () => {
    expect(page(REAL_SITE, '')).toContain('href="/leichte-sprache/massnahmen/"');
    const html = page(REAL_SITE, 'leichte-sprache/massnahmen');
    for (const a of project.actions) expect(html, a.id).toContain(`href="/massnahmen/${a.id}/"`);
    expect(html).not.toContain('Diesen Text gibt es noch nicht in Leichter Sprache.');
    expect(textOf(html)).toContain('Das ist ein Vorschlag. Es ist noch nicht entschieden.');
  });
});
