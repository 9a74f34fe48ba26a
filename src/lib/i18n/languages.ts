/** The site's languages: German (source, at today's URLs) and the summary languages under /<code>/. */

export const SOURCE_LANGUAGE = 'de';
/** Languages with a translated summary, in the order the switcher lists them. */
export const TRANSLATION_LANGUAGES = ['en', 'tr', 'ar', 'uk', 'ru'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
export type SiteLanguage = typeof SOURCE_LANGUAGE | TranslationLanguage;

export interface LanguageInfo {
  code: SiteLanguage;
  /** The language's own name, as its readers look for it. */
  name: string;
  /** The German name, for editor messages and German pages. */
  germanName: string;
  dir: 'ltr' | 'rtl';
  /** Open Graph locale. */
  ogLocale: string;
}

export const LANGUAGES: Record<SiteLanguage, LanguageInfo> = {
  de: { code: 'de', name: 'Deutsch', germanName: 'Deutsch', dir: 'ltr', ogLocale: 'de_DE' },
  en: { code: 'en', name: 'English', germanName: 'Englisch', dir: 'ltr', ogLocale: 'en_GB' },
  tr: { code: 'tr', name: 'Türkçe', germanName: 'Türkisch', dir: 'ltr', ogLocale: 'tr_TR' },
  ar: { code: 'ar', name: 'العربية', germanName: 'Arabisch', dir: 'rtl', ogLocale: 'ar_AR' },
  uk: { code: 'uk', name: 'Українська', germanName: 'Ukrainisch', dir: 'ltr', ogLocale: 'uk_UA' },
  ru: { code: 'ru', name: 'Русский', germanName: 'Russisch', dir: 'ltr', ogLocale: 'ru_RU' },
};

/** True for a code of a summary language. */
export const isTranslationLanguage = (code: string): code is TranslationLanguage =>
  (TRANSLATION_LANGUAGES as readonly string[]).includes(code);

/** Pages that exist in every language of `languages`: German path → path in a language. */
const COUNTERPARTS: Record<string, (lang: TranslationLanguage) => string> = {
  '': (lang) => `${lang}`,
  suche: (lang) => `${lang}/suche`,
};

export interface Alternate {
  hreflang: string;
  /** Site path (without base), '' for the start page. */
  path: string;
}

/**
 * The hreflang alternates of a page: for the German start page, the search page and their
 * counterparts in the translated languages, every language plus x-default (the German page);
 * none for pages that exist in German only.
 */
export function alternatesOf(path: string, languages: readonly TranslationLanguage[]): Alternate[] {
  const normalized = path.replace(/^\/+|\/+$/g, '');
  const german = Object.keys(COUNTERPARTS).find(
    (de) => de === normalized || languages.some((lang) => COUNTERPARTS[de]!(lang) === normalized),
  );
  if (german === undefined || languages.length === 0) return [];
  return [
    { hreflang: SOURCE_LANGUAGE, path: german },
    ...languages.map((lang) => ({ hreflang: lang, path: COUNTERPARTS[german]!(lang) })),
    { hreflang: 'x-default', path: german },
  ];
}

/**
 * Where the language switcher on `path` leads: the counterpart in each language, else that
 * language's start page (a German-only page stays itself for German).
 */
export function switcherTargets(path: string, languages: readonly TranslationLanguage[]): Alternate[] {
  const alternates = alternatesOf(path, languages).filter((a) => a.hreflang !== 'x-default');
  if (alternates.length > 0) return alternates;
  const own = path.replace(/^\/+|\/+$/g, '');
  return [{ hreflang: SOURCE_LANGUAGE, path: own }, ...languages.map((lang) => ({ hreflang: lang, path: lang }))];
}
