/** Interface texts of the translated pages, per language; the summaries themselves are editor files. */
import type { ORIGINS, STATUSES, UNKNOWN } from '../content/schemas';
import type { SiteLanguage, TranslationLanguage } from './languages';

type Status = (typeof STATUSES)[number] | typeof UNKNOWN;
type Origin = (typeof ORIGINS)[number];
/** How a translation was made (front matter `verfahren`). */
export const TRANSLATION_METHODS = ['redaktionell', 'amtlich-geprueft'] as const;
export type TranslationMethod = (typeof TRANSLATION_METHODS)[number];

export interface UiStrings {
  skipLink: string;
  languages: string;
  /** The header menu's button. */
  menu: string;
  /** "The German version is authoritative." */
  authoritative: string;
  method: Record<TranslationMethod, string>;
  translatedOn: string;
  asOf: string;
  /** Heading and text of the out-of-date notice; {source} and {translation} are dates. */
  outdatedTitle: string;
  outdatedText: string;
  status: Record<Status, string>;
  origin: Record<Origin, string>;
  inGerman: string;
  notSpecified: string;
  contact: { address: string; phone: string; email: string };
  search: {
    title: string;
    label: string;
    button: string;
    help: string;
    noJs: string;
    results: string;
    running: string;
    /** {q} is the query. */
    none: string;
    one: string;
    /** {n} and {q}. */
    many: string;
    more: string;
  };
}

/** German texts used on every translated page next to the translated ones. */
export const GERMAN = {
  authoritative: 'Verbindlich ist die deutsche Fassung.',
  method: { redaktionell: 'Redaktionell übersetzt, nicht amtlich geprüft.', 'amtlich-geprueft': 'Übersetzt und amtlich geprüft.' },
  outdatedTitle: 'Übersetzung veraltet',
  outdatedText: 'Die deutsche Fassung wurde am {source} geändert; diese Übersetzung ist vom {translation}. Bitte die deutsche Fassung lesen.',
  skipLink: 'Zum Inhalt springen',
  languages: 'Sprachen',
  asOf: 'Stand',
} as const satisfies Partial<UiStrings>;

export const UI: Record<TranslationLanguage, UiStrings> = {
  en: {
    skipLink: 'Skip to content',
    languages: 'Languages',
    menu: 'Menu',
    authoritative: 'The German version is authoritative.',
    method: { redaktionell: 'Translated by the editorial team, not officially checked.', 'amtlich-geprueft': 'Translated and officially checked.' },
    translatedOn: 'Translated on',
    asOf: 'As of',
    outdatedTitle: 'Translation out of date',
    outdatedText: 'The German version was changed on {source}; this translation dates from {translation}. Please read the German version.',
    status: { vorgeschlagen: 'proposal, not yet decided', 'in Vorbereitung': 'in preparation', 'im Aufbau': 'being set up', 'in Umsetzung': 'being implemented', umgesetzt: 'implemented', 'noch nicht festgelegt': 'not yet specified' },
    origin: { 'Empfehlung des Berichts': 'recommended in the report', 'Vorschlag der Redaktion': 'editorial proposal derived from the report', Beschluss: 'formal decision' },
    inGerman: 'in German',
    notSpecified: 'not yet specified',
    contact: { address: 'Address', phone: 'Telephone', email: 'E-mail' },
    search: {
      title: 'Search', label: 'Search term', button: 'Search',
      help: 'For example: language course, school, volunteering. You will find this page and the German pages.',
      noJs: 'The full-text search needs JavaScript. Without JavaScript, use the German keyword index from A to Z.',
      results: 'Results', running: 'Searching …', none: 'No results for “{q}”. Try a shorter word.', one: '1 result for “{q}”.', many: '{n} results for “{q}”.', more: 'Show more results',
    },
  },
  tr: {
    skipLink: 'İçeriğe geç',
    languages: 'Diller',
    menu: 'Menü',
    authoritative: 'Bağlayıcı olan Almanca metindir.',
    method: { redaktionell: 'Editör ekibi tarafından çevrilmiştir, resmî olarak kontrol edilmemiştir.', 'amtlich-geprueft': 'Çevrilmiş ve resmî olarak kontrol edilmiştir.' },
    translatedOn: 'Çeviri tarihi',
    asOf: 'Durum',
    outdatedTitle: 'Çeviri güncel değil',
    outdatedText: 'Almanca metin {source} tarihinde değiştirildi; bu çeviri {translation} tarihlidir. Lütfen Almanca metni okuyun.',
    status: { vorgeschlagen: 'öneri, henüz karar verilmedi', 'in Vorbereitung': 'hazırlanıyor', 'im Aufbau': 'kuruluyor', 'in Umsetzung': 'uygulanıyor', umgesetzt: 'uygulandı', 'noch nicht festgelegt': 'henüz belirlenmedi' },
    origin: { 'Empfehlung des Berichts': 'raporda önerilmiştir', 'Vorschlag der Redaktion': 'editör ekibinin rapordan çıkardığı öneri', Beschluss: 'resmî karar' },
    inGerman: 'Almanca',
    notSpecified: 'henüz belirtilmedi',
    contact: { address: 'Adres', phone: 'Telefon', email: 'E-posta' },
    search: {
      title: 'Arama', label: 'Arama terimi', button: 'Ara',
      help: 'Örneğin: dil kursu, okul, gönüllülük. Bu sayfayı ve Almanca sayfaları bulursunuz.',
      noJs: 'Tam metin araması JavaScript gerektirir. JavaScript olmadan Almanca A–Z dizinini kullanın.',
      results: 'Sonuçlar', running: 'Aranıyor …', none: '“{q}” için sonuç yok. Daha kısa bir kelime deneyin.', one: '“{q}” için 1 sonuç.', many: '“{q}” için {n} sonuç.', more: 'Daha fazla sonuç göster',
    },
  },
  ar: {
    skipLink: 'انتقل إلى المحتوى',
    languages: 'اللغات',
    menu: 'القائمة',
    authoritative: 'النص الألماني هو النص المعتمد.',
    method: { redaktionell: 'ترجمه فريق التحرير، ولم يخضع لتدقيق رسمي.', 'amtlich-geprueft': 'تُرجم وخضع لتدقيق رسمي.' },
    translatedOn: 'تاريخ الترجمة',
    asOf: 'آخر تحديث',
    outdatedTitle: 'الترجمة غير محدَّثة',
    outdatedText: 'عُدِّل النص الألماني في {source}، وتعود هذه الترجمة إلى {translation}. يُرجى قراءة النص الألماني.',
    status: { vorgeschlagen: 'اقتراح، لم يُتخذ قرار بعد', 'in Vorbereitung': 'قيد التحضير', 'im Aufbau': 'قيد الإنشاء', 'in Umsetzung': 'قيد التنفيذ', umgesetzt: 'نُفِّذ', 'noch nicht festgelegt': 'لم يُحدَّد بعد' },
    origin: { 'Empfehlung des Berichts': 'توصية واردة في التقرير', 'Vorschlag der Redaktion': 'اقتراح من فريق التحرير مستخلص من التقرير', Beschluss: 'قرار رسمي' },
    inGerman: 'بالألمانية',
    notSpecified: 'لم يُحدَّد بعد',
    contact: { address: 'العنوان', phone: 'الهاتف', email: 'البريد الإلكتروني' },
    search: {
      title: 'البحث', label: 'كلمة البحث', button: 'ابحث',
      help: 'مثلًا: دورة لغة، مدرسة، عمل تطوعي. ستجد هذه الصفحة والصفحات الألمانية.',
      noJs: 'يحتاج البحث في النص الكامل إلى JavaScript. من دونه استخدم فهرس الكلمات الألماني من A إلى Z.',
      results: 'النتائج', running: 'جارٍ البحث …', none: 'لا نتائج لـ «{q}». جرّب كلمة أقصر.', one: 'نتيجة واحدة لـ «{q}».', many: '{n} نتائج لـ «{q}».', more: 'عرض مزيد من النتائج',
    },
  },
  uk: {
    skipLink: 'Перейти до змісту',
    languages: 'Мови',
    menu: 'Меню',
    authoritative: 'Обов’язковою є німецька версія.',
    method: { redaktionell: 'Переклад редакції, офіційно не перевірений.', 'amtlich-geprueft': 'Перекладено й офіційно перевірено.' },
    translatedOn: 'Дата перекладу',
    asOf: 'Станом на',
    outdatedTitle: 'Переклад застарів',
    outdatedText: 'Німецьку версію змінено {source}; цей переклад датовано {translation}. Будь ласка, читайте німецьку версію.',
    status: { vorgeschlagen: 'пропозиція, ще не ухвалена', 'in Vorbereitung': 'готується', 'im Aufbau': 'створюється', 'in Umsetzung': 'впроваджується', umgesetzt: 'впроваджено', 'noch nicht festgelegt': 'ще не визначено' },
    origin: { 'Empfehlung des Berichts': 'рекомендовано у звіті', 'Vorschlag der Redaktion': 'пропозиція редакції на основі звіту', Beschluss: 'офіційне рішення' },
    inGerman: 'німецькою',
    notSpecified: 'ще не визначено',
    contact: { address: 'Адреса', phone: 'Телефон', email: 'Електронна пошта' },
    search: {
      title: 'Пошук', label: 'Пошуковий запит', button: 'Шукати',
      help: 'Наприклад: мовний курс, школа, волонтерство. Ви знайдете цю сторінку та німецькі сторінки.',
      noJs: 'Повнотекстовий пошук потребує JavaScript. Без нього скористайтеся німецьким покажчиком від A до Z.',
      results: 'Результати', running: 'Пошук …', none: 'Немає результатів для «{q}». Спробуйте коротше слово.', one: '1 результат для «{q}».', many: 'Результатів для «{q}»: {n}.', more: 'Показати більше результатів',
    },
  },
  ru: {
    skipLink: 'Перейти к содержанию',
    languages: 'Языки',
    menu: 'Меню',
    authoritative: 'Обязательной является немецкая версия.',
    method: { redaktionell: 'Перевод редакции, официально не проверен.', 'amtlich-geprueft': 'Переведено и официально проверено.' },
    translatedOn: 'Дата перевода',
    asOf: 'По состоянию на',
    outdatedTitle: 'Перевод устарел',
    outdatedText: 'Немецкая версия изменена {source}; этот перевод датирован {translation}. Пожалуйста, читайте немецкую версию.',
    status: { vorgeschlagen: 'предложение, ещё не принято', 'in Vorbereitung': 'готовится', 'im Aufbau': 'создаётся', 'in Umsetzung': 'реализуется', umgesetzt: 'реализовано', 'noch nicht festgelegt': 'ещё не определено' },
    origin: { 'Empfehlung des Berichts': 'рекомендовано в отчёте', 'Vorschlag der Redaktion': 'предложение редакции на основе отчёта', Beschluss: 'официальное решение' },
    inGerman: 'на немецком',
    notSpecified: 'ещё не указано',
    contact: { address: 'Адрес', phone: 'Телефон', email: 'Электронная почта' },
    search: {
      title: 'Поиск', label: 'Поисковый запрос', button: 'Искать',
      help: 'Например: языковой курс, школа, волонтёрство. Вы найдёте эту страницу и немецкие страницы.',
      noJs: 'Полнотекстовый поиск требует JavaScript. Без него воспользуйтесь немецким указателем от A до Z.',
      results: 'Результаты', running: 'Поиск …', none: 'Нет результатов для «{q}». Попробуйте более короткое слово.', one: '1 результат для «{q}».', many: 'Результатов для «{q}»: {n}.', more: 'Показать больше результатов',
    },
  },
};

const DATE_LOCALES: Record<SiteLanguage, string> = { de: 'de-DE', en: 'en-GB', tr: 'tr-TR', ar: 'ar-u-nu-latn', uk: 'uk-UA', ru: 'ru-RU' };

/** "2026-11-26" as a long date in the language (Latin digits also in Arabic). */
export function formatDateIn(lang: SiteLanguage, iso: string): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** A date of year, month or day precision ("2018", "2027-03", "2027-03-17") in the language. */
export function formatPartialDateIn(lang: SiteLanguage, iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDateIn(lang, iso);
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}-01T00:00:00Z`));
}

/** Replaces {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
