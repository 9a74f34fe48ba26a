/**
 * Every German message an editor can see, one function each. Texts name what is wrong
 * and end with a hint that says how to fix it.
 */
import { formatDate } from '../dates';
import type { Message } from './problem';

const quote = (s: string): string => `„${s}“`;
const list = (items: readonly string[]): string =>
  items.length === 0 ? '(keine)' : items.map(quote).join(', ');

const YAML_PROBLEMS: Record<string, string> = {
  DUPLICATE_KEY: 'ein Feld steht zweimal',
  BAD_INDENT: 'die Einrückung stimmt nicht',
  INDENTED_LINE: 'diese Zeile ist weiter eingerückt als die Zeile darüber',
  TAB_AS_INDENT: 'mit Tabulator eingerückt',
  MISSING_CHAR: 'eine Klammer oder ein Anführungszeichen wird nicht geschlossen',
  BLOCK_AS_IMPLICIT_KEY: 'ein Text enthält einen Doppelpunkt',
  MULTILINE_IMPLICIT_KEY: 'ein Feldname geht über mehrere Zeilen',
  UNEXPECTED_TOKEN: 'ein Zeichen steht an unerwarteter Stelle',
  BAD_DQ_ESCAPE: 'ein Rückstrich „\\“ in Anführungszeichen',
};

const DECISION_PARTS = { gremium: 'das Gremium', datum: 'das Datum', vorlage: 'die Nummer der Vorlage (Drucksache)' } as const;
const DECISION_EXAMPLES = { gremium: '„gremium: Kreistag“', datum: '„datum: 2027-03-18“', vorlage: '„vorlage: Drucksache 123/2027“' } as const;
/** zod's type names in German ("Das Feld … muss eine Zahl sein"). */
const TYPE_NAMES: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  integer: 'eine ganze Zahl',
  boolean: 'true oder false',
  array: 'eine Liste',
  object: 'eine Gruppe von Feldern',
};

export const msg = {
  // --- encoding and file level -------------------------------------------------------------
  /** A CSV that is not UTF-8 was read as Windows-1252. */
  readAsWindows1252: (): Message => ({
    message: 'Die Datei ist nicht als UTF-8 gespeichert und wurde als Windows-1252 (ANSI) gelesen.',
    hint: 'In Excel „Speichern unter“ → Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.',
  }),
  /** A Markdown, MDX or YAML file that is not UTF-8, read as Windows-1252. */
  textReadAsWindows1252: (): Message => ({
    message: 'Die Datei ist nicht als UTF-8 gespeichert und wurde als Windows-1252 (ANSI) gelesen.',
    hint: 'Im Editor als UTF-8 speichern: Windows-Editor „Speichern unter“ → Codierung „UTF-8“; Notepad++ Menü „Codierung“ → „Konvertiere zu UTF-8“.',
  }),
  /** A file in UTF-16 (Excel's "Unicode-Text"), read correctly. */
  readAsUtf16: (): Message => ({
    message: 'Die Datei ist als UTF-16 („Unicode-Text“) gespeichert und wurde so gelesen.',
    hint: 'Künftig in Excel „Speichern unter“ → Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen bzw. im Editor die Codierung „UTF-8“.',
  }),
  /** A character no page may show: an undecodable byte or a control character. */
  unreadableCharacter: (code: string): Message => ({
    message: `Die Datei enthält ein Zeichen, das sich nicht anzeigen lässt (${code}).`,
    hint: 'Das Zeichen an dieser Stelle löschen und neu tippen; die Datei dann als UTF-8 speichern (Excel: „CSV UTF-8“).',
  }),
  /** A content file in a subfolder, not published. */
  subfolderIgnored: (dir: string): Message => ({
    message: `Dateien in Unterordnern von ${dir}/ werden nicht veröffentlicht und nicht geprüft.`,
    hint: 'Sicherungskopien außerhalb des Projekts ablegen; Dateien, die erscheinen sollen, direkt in den Ordner legen.',
  }),
  /** An extension in upper case or an alias (.MD, .yml). */
  misnamedExtension: (name: string, expected: string): Message => ({
    message: `Die Datei ${quote(name)} hat eine Endung, die die Website nicht liest; sie würde nicht erscheinen.`,
    hint: `Die Datei in ${quote(expected)} umbenennen (Endung klein geschrieben).`,
  }),
  /** A CSV file beyond what one finding can hold. */
  csvTooLarge: (size: string, limit: string): Message => ({
    message: `Die Datei ist zu groß für einen Befund (${size}, höchstens ${limit}).`,
    hint: 'Die Daten zusammenfassen (z. B. Summen oder Anteile je Kategorie statt Einzelangaben) oder auf mehrere Befunde mit je einer CSV-Datei aufteilen.',
  }),
  /** More categories than the chart kind can show. */
  tooManyCategories: (kind: string, count: number, max: number): Message => ({
    message: `Das Diagramm ${quote(kind)} kann höchstens ${max} Kategorien lesbar zeigen; die Datei hat ${count}.`,
    hint: `Kleine Kategorien zu „Sonstige“ zusammenfassen oder den Befund in mehrere Befunde aufteilen (je höchstens ${max} Kategorien).`,
  }),
  /** File has no content at all. */
  emptyFile: (header: readonly string[]): Message => ({
    message: 'Die Datei ist leer.',
    hint: `Eine Kopfzeile und mindestens eine Datenzeile eintragen. Kopfzeile: ${header.join(';')}`,
  }),
  /** Header only. */
  noDataRows: (): Message => ({
    message: 'Die Datei hat eine Kopfzeile, aber keine Datenzeilen.',
    hint: 'Mindestens eine Zeile mit einer Kategorie eintragen.',
  }),
  /** Neither ; nor , nor tab in the header. */
  unknownDelimiter: (header: readonly string[]): Message => ({
    message: 'Das Trennzeichen ist nicht zu erkennen: Die Kopfzeile enthält weder „;“ noch „,“ noch Tabulatoren.',
    hint: `Die Kopfzeile muss lauten: ${header.join(';')}`,
  }),
  /** An opening quote is never closed. */
  unclosedQuote: (): Message => ({
    message: 'Ein Anführungszeichen („"“) wird geöffnet, aber nicht geschlossen.',
    hint: 'Das fehlende schließende Anführungszeichen ergänzen oder das öffnende entfernen.',
  }),
  /** A quote appears inside an unquoted field or after a closing quote. */
  strayQuote: (): Message => ({
    message: 'Ein Anführungszeichen („"“) steht an einer Stelle, an der es nicht stehen darf.',
    hint: 'Texte mit Anführungszeichen ganz in "…" setzen und innere Anführungszeichen verdoppeln ("").',
  }),

  // --- header ------------------------------------------------------------------------------
  /** A required column is missing. */
  missingColumn: (name: string, found: readonly string[]): Message => ({
    message: `Die Spalte ${quote(name)} fehlt in der Kopfzeile.`,
    hint: `Spalte ${quote(name)} ergänzen. Gefunden wurden: ${list(found)}.`,
  }),
  /** A column the schema does not know (often a renamed one). */
  unknownColumn: (name: string, suggestion: string | undefined, expected: readonly string[]): Message => ({
    message: `Die Spalte ${quote(name)} ist unbekannt.`,
    hint: suggestion
      ? `Die Spalte in ${quote(suggestion)} umbenennen.`
      : `Erlaubt sind nur diese Spalten: ${list(expected)}.`,
  }),
  /** The same column twice. */
  duplicateColumn: (name: string): Message => ({
    message: `Die Spalte ${quote(name)} steht zweimal in der Kopfzeile.`,
    hint: 'Eine der beiden Spalten löschen.',
  }),

  // --- rows and cells ----------------------------------------------------------------------
  /** A row with more fields than the header. */
  tooManyFields: (found: number, expected: number): Message => ({
    message: `Die Zeile hat ${found} Felder, die Kopfzeile aber nur ${expected}.`,
    hint: 'Überzähliges Trennzeichen löschen oder Text mit „;“ bzw. „,“ in Anführungszeichen setzen.',
  }),
  /** A row with fewer fields than the header. */
  tooFewFields: (found: number, expected: number): Message => ({
    message: `Die Zeile hat ${found === 1 ? 'nur 1 Feld' : `${found} Felder`}, die Kopfzeile aber ${expected}.`,
    hint: 'Fehlende Felder ergänzen; leere Felder mit einem Trennzeichen stehen lassen (z. B. „;;“).',
  }),
  /** A required cell is empty. */
  requiredCell: (column: string): Message => ({
    message: `Die Spalte ${quote(column)} ist leer.`,
    hint: `Einen Wert in ${quote(column)} eintragen.`,
  }),
  /** A number cell holds text. */
  notANumber: (column: string, value: string): Message => ({
    message: `Spalte ${quote(column)}: ${quote(value)} ist keine Zahl.`,
    hint: 'Zahl im deutschen Format ohne Einheit schreiben, z. B. 12,5. Ohne Wert: Feld leer lassen oder „–“.',
  }),
  /** A number outside its range. */
  outOfRange: (column: string, value: string, min: number, max: number | undefined, unit: string): Message => ({
    message:
      max === undefined
        ? `Spalte ${quote(column)}: ${quote(value)} ist kleiner als ${min} (${unit}).`
        : `Spalte ${quote(column)}: ${quote(value)} liegt nicht zwischen ${min} und ${max} (${unit}).`,
    hint: 'Den Wert mit seiner Quelle vergleichen und berichtigen.',
  }),
  /** A count that is not a whole number. */
  notInteger: (column: string, value: string): Message => ({
    message: `Spalte ${quote(column)}: ${quote(value)} ist keine ganze Zahl.`,
    hint: 'Anzahlen und Rangplätze ohne Nachkommastellen schreiben.',
  }),
  /** A date cell that is no date. */
  notADate: (column: string, value: string): Message => ({
    message: `Spalte ${quote(column)}: ${quote(value)} ist kein Datum.`,
    hint: 'Datum als TT.MM.JJJJ (wie Excel es schreibt) oder JJJJ-MM-TT eintragen, z. B. 31.12.2025; nur ein Jahr als JJJJ.',
  }),
  /** A cell outside a closed list. */
  notAllowed: (column: string, value: string, allowed: readonly string[]): Message => ({
    message: `Spalte ${quote(column)}: ${quote(value)} ist nicht erlaubt.`,
    hint: `Einen dieser Werte eintragen: ${list(allowed)}.`,
  }),
  /** A text cell that spreadsheet programs would run as a formula. */
  formulaLike: (column: string, value: string): Message => ({
    message: `Spalte ${quote(column)}: ${quote(value)} beginnt mit einem Formelzeichen (=, +, @).`,
    hint: 'Das Zeichen am Anfang entfernen; Tabellenprogramme würden den Text sonst als Formel ausführen.',
  }),
  /** A complement row without a value. */
  complementWithoutValue: (): Message => ({
    message: 'Eine Zeile mit Herkunft „Differenz zu 100“ hat keinen Wert.',
    hint: 'Den Wert als 100 minus den im Bericht genannten Anteil eintragen oder die Zeile löschen.',
  }),

  // --- front matter and YAML ---------------------------------------------------------------
  /** MDX/Markdown file without a front matter block. */
  missingFrontMatter: (): Message => ({
    message: 'Der Kopfbereich (Front Matter) fehlt.',
    hint: 'Die Datei mit einer Zeile „---“ beginnen, darunter die Felder, dann wieder „---“.',
  }),
  /** YAML syntax error, by the yaml parser's error code. */
  yamlSyntax: (code: string): Message => ({
    message: `Die Angaben sind kein gültiges YAML: ${YAML_PROBLEMS[code] ?? 'die Schreibweise ist hier fehlerhaft'}.`,
    hint: code === 'INDENTED_LINE'
      ? 'Die Zeile genauso weit einrücken wie die Zeile darüber (gleich viele Leerzeichen am Anfang).'
      : 'Jede Angabe als „feld: wert“ schreiben (Doppelpunkt, dann Leerzeichen); Texte mit „:“ oder „#“ in Anführungszeichen setzen; mit Leerzeichen einrücken, nicht mit Tabulatoren.',
  }),
  /** A required field is missing. */
  requiredField: (field: string): Message => ({
    message: `Das Pflichtfeld ${quote(field)} fehlt.`,
    hint: `Eine Zeile „${field}: …“ ergänzen.`,
  }),
  /** A field with the wrong type; `expected` is zod's type name (string, number, array …). */
  wrongType: (field: string, expected: string): Message => ({
    message: `Das Feld ${quote(field)} muss ${TYPE_NAMES[expected] ?? 'anders angegeben'} sein.`,
    hint: expected === 'array'
      ? `Als Liste schreiben, z. B. „${field}: [eins, zwei]“.`
      : `Den Wert von ${quote(field)} berichtigen.`,
  }),
  /** A field the schema does not know. */
  unknownField: (field: string, suggestion: string | undefined): Message => ({
    message: `Das Feld ${quote(field)} ist unbekannt.`,
    hint: suggestion ? `Meinten Sie ${quote(suggestion)}? Das Feld umbenennen.` : 'Das Feld löschen.',
  }),
  /** A value outside a closed list. */
  invalidChoice: (field: string, value: string, allowed: readonly string[]): Message => ({
    message: `Feld ${quote(field)}: ${quote(value)} ist nicht erlaubt.`,
    hint: `Einen dieser Werte eintragen: ${list(allowed)}.`,
  }),
  /** A list that must not be empty. */
  emptyList: (field: string): Message => ({
    message: `Die Liste ${quote(field)} ist leer.`,
    hint: `Mindestens einen Eintrag in ${quote(field)} angeben.`,
  }),
  /** A text field that is empty. */
  emptyText: (field: string): Message => ({
    message: `Das Feld ${quote(field)} ist leer.`,
    hint: `Einen Text für ${quote(field)} eintragen.`,
  }),
  /** A number field below its minimum or above its maximum. */
  invalidNumber: (field: string, bound: 'min' | 'max', limit: number): Message => ({
    message: `Das Feld ${quote(field)} muss ${bound === 'min' ? 'mindestens' : 'höchstens'} ${limit} sein.`,
    hint: `Den Wert von ${quote(field)} berichtigen.`,
  }),
  /** A count field that is not a whole number. */
  notWholeNumber: (field: string): Message => ({
    message: `Das Feld ${quote(field)} muss eine ganze Zahl sein (die Einheit ist „anzahl“).`,
    hint: `Den Wert ohne Nachkommastellen schreiben oder „einheit: anteil“ wählen, wenn es ein Anteil ist.`,
  }),
  /** A field required because another field has a certain value. */
  dependentField: (field: string, other: string, value: string): Message => ({
    message: `Das Feld ${quote(field)} fehlt, obwohl ${quote(`${other}: ${value}`)} angegeben ist.`,
    hint: `Eine Zeile „${field}: …“ ergänzen.`,
  }),
  /** A reference that is not written as an id. */
  invalidId: (field: string, value: string): Message => ({
    message: `Feld ${quote(field)}: ${quote(value)} ist kein gültiger Name.`,
    hint: 'Namen (Dateinamen ohne Endung) nur mit Kleinbuchstaben a–z, Ziffern und Bindestrichen schreiben, z. B. „sprache“.',
  }),
  /** A text that does not have the required shape (e.g. a licence code). */
  invalidFormat: (field: string, value: string, example: string): Message => ({
    message: `Feld ${quote(field)}: ${quote(value)} hat nicht die richtige Form.`,
    hint: `So schreiben wie im Beispiel: ${quote(example)}.`,
  }),
  /** A web address that is not a full URL. */
  invalidUrl: (field: string, value: string): Message => ({
    message: `Feld ${quote(field)}: ${quote(value.length > 60 ? `${value.slice(0, 57)}…` : value)} ist keine erlaubte Webadresse.`,
    hint: 'Nur vollständige Adressen mit „https://“ (oder „http://“, „mailto:“, „tel:“) eintragen, z. B. „https://www.govdata.de/dl-de/by-2-0“.',
  }),
  /** A date in the wrong format. */
  invalidDate: (field: string, value: string): Message => ({
    message: `Feld ${quote(field)}: ${quote(value)} ist kein Datum.`,
    hint: 'Datum als JJJJ-MM-TT schreiben, z. B. 2018-08-17.',
  }),

  // --- MDX and HTML in chapters, fields and actions -----------------------------------------
  /** A "<" in prose that MDX reads as the start of a tag. */
  mdxLessThan: (): Message => ({
    message: 'Ein „<“ im Text wird als Beginn eines HTML-Tags gelesen.',
    hint: 'Im Text „<“ als &lt; schreiben (z. B. „In &lt;10 Orten“) oder „weniger als“ schreiben.',
  }),
  /** An opening tag without closing tag. */
  mdxUnclosedTag: (tag: string): Message => ({
    message: `Das Tag <${tag}> wird nicht geschlossen.`,
    hint: `Ein schließendes </${tag}> ergänzen; ist „<“ als Zeichen gemeint, als &lt; schreiben.`,
  }),
  /** A closing tag without an opening one. */
  mdxStrayClosingTag: (): Message => ({
    message: 'Ein schließendes Tag („</…>“) passt zu keinem öffnenden.',
    hint: 'Das schließende Tag löschen oder das öffnende ergänzen; ist „<“ als Zeichen gemeint, als &lt; schreiben.',
  }),
  /** Curly braces in prose that MDX reads as code. */
  mdxBrace: (): Message => ({
    message: 'Geschweifte Klammern „{…}“ werden als Programmcode gelesen, hier aber steht Text.',
    hint: 'Im Text „{“ als \\{ schreiben und „}“ als \\} (z. B. „\\{zwischen 1 und 5\\}“) oder runde Klammern verwenden.',
  }),
  /** An expression naming something the file does not define. */
  mdxUndefinedName: (name: string): Message => ({
    message: `Der Ausdruck in geschweiften Klammern verwendet ${quote(name)}, das es in dieser Datei nicht gibt.`,
    hint: 'Den Wert direkt in den Text schreiben; sind die Klammern als Zeichen gemeint, als \\{ und \\} schreiben.',
  }),
  /** An import whose file or package does not exist. */
  mdxMissingImport: (source: string): Message => ({
    message: `Der Import ${quote(source)} verweist auf eine Datei, die es nicht gibt.`,
    hint: 'Die Import-Zeile löschen: Komponenten wie <Befund id="…" /> stehen ohne Import zur Verfügung.',
  }),
  /** Any other MDX syntax error, with the compiler's own (English) reason. */
  mdxSyntax: (reason: string): Message => ({
    message: `Die MDX-Datei lässt sich an dieser Stelle nicht übersetzen (${reason}).`,
    hint: 'Die Stelle mit docs/redaktion.md („Sonderzeichen in Kapiteln“) vergleichen; „<“ als &lt; und „{“ als \\{ schreiben.',
  }),
  /** HTML that runs code or embeds other pages. */
  unsafeTag: (tag: string): Message => ({
    message: `Das HTML-Element <${tag}> ist nicht erlaubt: Es würde Programmcode ausführen oder fremde Inhalte einbetten.`,
    hint: `Das Element <${tag}> entfernen. Für Diagramme einen Befund einbinden, für Links [Text](https://…) schreiben.`,
  }),
  /** An event handler or style attribute. */
  unsafeAttribute: (name: string): Message => ({
    message: `Das HTML-Attribut ${quote(name)} ist nicht erlaubt (Programmcode oder Gestaltung im Text).`,
    hint: `Das Attribut ${quote(name)} entfernen; Gestaltung regelt die Website selbst.`,
  }),
  /** A link whose scheme could run code. */
  unsafeUrl: (url: string): Message => ({
    message: `Die Adresse ${quote(url.length > 60 ? `${url.slice(0, 57)}…` : url)} ist nicht erlaubt.`,
    hint: 'Nur Adressen mit https://, http://, mailto: oder tel: verwenden, oder Links innerhalb der Website (/kapitel/…/).',
  }),

  // --- actions: origin, decisions, status history -----------------------------------------
  /** „herkunft: Beschluss“ without a decision block. */
  decisionMissing: (): Message => ({
    message: 'Die Maßnahme hat „herkunft: Beschluss“, aber keinen Beschluss.',
    hint: 'Den Beschluss eintragen: „beschluss:“ mit „gremium“, „datum“ und „vorlage“ (siehe src/content/massnahmen/_vorlage.md).',
  }),
  /** A decision without body, date or document number. */
  decisionIncomplete: (missing: 'gremium' | 'datum' | 'vorlage'): Message => ({
    message: `Beim Beschluss fehlt ${DECISION_PARTS[missing]}.`,
    hint: `Unter „beschluss:“ eine Zeile „${missing}: …“ ergänzen, z. B. ${DECISION_EXAMPLES[missing]}.`,
  }),
  /** A decision block on an action that is not marked as decided. */
  decisionWithoutOrigin: (origin: string): Message => ({
    message: `Die Maßnahme nennt einen Beschluss, hat aber „herkunft: ${origin}“.`,
    hint: 'Nach dem Beschluss „herkunft: Beschluss“ schreiben oder den Block „beschluss:“ löschen.',
  }),
  /** A status entry with neither source nor note. */
  statusWithoutSource: (entry: number): Message => ({
    message: `Der ${entry}. Eintrag unter „status“ nennt weder eine Quelle noch eine Notiz.`,
    hint: 'Eine Zeile „quelle: …“ (woher der Stand bekannt ist, z. B. „Bericht (Resümee)“) oder „notiz: …“ ergänzen.',
  }),
  /** A status entry dated before the one above it. */
  statusOutOfOrder: (entry: number, value: string, previous: string): Message => ({
    message: `Der ${entry}. Eintrag unter „status“ (${quote(value)}) ist älter als der Eintrag davor (${quote(previous)}).`,
    hint: 'Die Einträge unter „status“ nach Datum ordnen: den ältesten zuerst, den neuesten zuletzt.',
  }),
  /** A date that has not happened yet where only the past makes sense. */
  dateInFuture: (field: string, value: string, today: string, plannable = true, where: 'Feld' | 'Spalte' = 'Feld'): Message => ({
    message: `${where} ${quote(field)}: Das Datum ${quote(value)} liegt in der Zukunft (heute ist der ${formatDate(today)}).`,
    hint: where === 'Spalte'
      ? 'Nur Messungen eintragen, die schon vorliegen; das Datum prüfen (TT.MM.JJJJ oder JJJJ-MM-TT).'
      : plannable
      ? 'Nur eintragen, was schon geschehen ist. Geplantes als Meilenstein ohne „erreicht: true“ oder als „ende_geplant“ eintragen.'
      : 'Nur eintragen, was schon geschehen ist; das Datum berichtigen (Änderungen erst am Tag der Änderung vermerken).',
  }),

  // --- sources and change notes ------------------------------------------------------------
  /** A finding naming a source that does not exist. */
  unknownSource: (id: string, known: readonly string[]): Message => ({
    message: `Die Quelle ${quote(id)} gibt es nicht.`,
    hint: `Eine vorhandene Quelle aus src/content/quellen/ nennen: ${list(known)}. Eine neue Befragung als eigene Datei anlegen (Vorlage: src/content/quellen/_vorlage.yaml).`,
  }),
  /** A change note without its sentence. */
  changeNoteWithoutText: (field: string): Message => ({
    message: `Die Änderungsnotiz ${quote(field)} hat keinen Text.`,
    hint: 'Unter „text:“ in einem Satz sagen, was sich geändert hat und warum.',
  }),
  /** No date for the site-wide Stand: no change note and no source. */
  noStand: (): Message => ({
    message: 'Die Website hat kein Datum für „Stand“: Es gibt weder eine Änderungsnotiz noch eine Quelle.',
    hint: 'Eine Quelle in src/content/quellen/ anlegen (Vorlage: _vorlage.yaml); „Stand“ ist dann das Ende ihres Befragungszeitraums, später das Datum der neuesten Änderungsnotiz.',
  }),
  /** A period whose start lies after its end. */
  periodReversed: (from: string, to: string): Message => ({
    message: `Der Zeitraum beginnt (von: ${from}) nach seinem Ende (bis: ${to}).`,
    hint: '„von“ und „bis“ vertauschen oder das falsche Datum berichtigen.',
  }),

  // --- indicators and measurements --------------------------------------------------------
  /** A target value without a date. */
  targetWithoutDate: (): Message => ({
    message: 'Der Zielwert hat kein Datum: Ohne Zieldatum lässt sich der Fortschritt nicht beurteilen.',
    hint: 'Unter „zielwert:“ eine Zeile „datum: …“ ergänzen, z. B. „datum: 2030“, oder den Zielwert löschen, bis er beschlossen ist.',
  }),
  /** An indicator naming a measurement file that does not exist. */
  unknownMeasurementFile: (id: string, known: readonly string[]): Message => ({
    message: `Die Datei „data/kennzahlen/${id}.csv“ gibt es nicht.`,
    hint: `Die Datei aus data/kennzahlen/_vorlage.csv anlegen oder einen vorhandenen Namen verwenden: ${list(known)}.`,
  }),
  /** A measurement file that no indicator names. */
  orphanMeasurementFile: (): Message => ({
    message: 'Zu dieser Messreihe gibt es keine Kennzahl.',
    hint: 'Eine Kennzahl in src/content/kennzahlen/ anlegen, die sie als „datensatz“ nennt, oder die Datei löschen.',
  }),

  // --- references --------------------------------------------------------------------------
  /** A reference to an entry that does not exist. */
  unknownReference: (kind: string, id: string, known: readonly string[]): Message => ({
    message: `${kind} ${quote(id)} gibt es nicht.`,
    hint: `Einen vorhandenen Namen verwenden: ${list(known)}.`,
  }),
  /** A takeaway (`kernaussage`) naming a share that is none of the finding's values. */
  takeawayShareNotInData: (share: string, values: readonly string[]): Message => ({
    message: `Die Kernaussage nennt ${share}, die Daten des Befunds enthalten diesen Wert nicht.`,
    hint: `Nur Werte aus der CSV-Datei des Befunds nennen (${values.length > 0 ? `dort stehen: ${values.join(', ')}` : 'sie enthält keine Werte'}) oder den Wert in der CSV-Datei berichtigen.`,
  }),
  /** A finding naming a CSV file that does not exist. */
  unknownDataset: (id: string, known: readonly string[]): Message => ({
    message: `Die Datei „data/${id}.csv“ gibt es nicht.`,
    hint: `Die CSV-Datei anlegen oder einen vorhandenen Namen verwenden: ${list(known)}.`,
  }),
  /** A finding not embedded in its chapter, or embedded twice. */
  findingNotEmbedded: (finding: string, chapter: string): Message => ({
    message: `Der Befund ${quote(finding)} ist im Kapitel ${quote(chapter)} nicht eingebunden.`,
    hint: `Im Kapitel eine Zeile <Befund id="${finding}" /> an der passenden Stelle einfügen.`,
  }),
  /** A finding embedded in a chapter other than its own. */
  findingInWrongChapter: (finding: string, own: string): Message => ({
    message: `Der Befund ${quote(finding)} gehört laut seiner Datei zum Kapitel ${quote(own)}.`,
    hint: `Den Befund im Kapitel ${quote(own)} einbinden oder in der Befund-Datei „kapitel“ ändern.`,
  }),
  /** The same finding embedded twice. */
  findingEmbeddedTwice: (finding: string): Message => ({
    message: `Der Befund ${quote(finding)} ist mehrfach eingebunden.`,
    hint: 'Jeden Befund nur einmal einbinden; auf anderen Seiten erscheint er automatisch.',
  }),
  /** A component MDX does not know. */
  unknownComponent: (name: string, known: readonly string[]): Message => ({
    message: `Die Komponente <${name}> gibt es nicht.`,
    hint: `Nur diese Komponenten verwenden: ${known.map((k) => `<${k}>`).join(', ')}.`,
  }),
  /** A required file is missing. */
  missingFile: (): Message => ({
    message: 'Die Datei fehlt.',
    hint: 'Die Datei aus dem Repository wiederherstellen (siehe docs/redaktion.md).',
  }),
  /** A Befund tag without id. */
  findingTagWithoutId: (): Message => ({
    message: 'Ein <Befund /> hat keine id.',
    hint: 'So schreiben: <Befund id="name-des-befunds" />',
  }),
  /** Two chapters with the same position. */
  duplicateOrder: (value: number, other: string): Message => ({
    message: `Die Reihenfolge ${value} hat auch ${quote(other)}.`,
    hint: 'Jedem Eintrag eine eigene Zahl in „reihenfolge“ geben.',
  }),
  /** A dataset without a finding. */
  orphanDataset: (): Message => ({
    message: 'Zu dieser Datei gibt es keinen Befund.',
    hint: 'Einen Befund in src/content/befunde/ anlegen, der sie als „datensatz“ nennt, oder die Datei löschen.',
  }),
  /** A field without action. */
  fieldWithoutAction: (field: string): Message => ({
    message: `Zum Handlungsfeld ${quote(field)} gibt es keine Maßnahme.`,
    hint: 'Eine Maßnahme in src/content/massnahmen/ anlegen, die das Handlungsfeld nennt.',
  }),
  /** A priority field title not found in the ranking dataset. */
  fieldNotInRanking: (title: string, dataset: string, known: readonly string[]): Message => ({
    message: `Der Titel ${quote(title)} steht nicht als Kategorie in data/${dataset}.csv.`,
    hint: `Den Titel genau wie in der Datei schreiben: ${list(known)}.`,
  }),
  /** A file name that is no valid id. */
  invalidFileName: (name: string): Message => ({
    message: `Der Dateiname ${quote(name)} ist als Adresse nicht geeignet.`,
    hint: 'Nur Kleinbuchstaben a–z, Ziffern und Bindestriche verwenden (ä → ae, ß → ss), z. B. „sprach-kurse.md“.',
  }),
  /** To-do: a setting still holds the placeholder. */
  placeholderSetting: (field: string, release = false): Message => ({
    message: `Die Angabe ${quote(field)} ist noch nicht ausgefüllt („BITTE ERGÄNZEN“).`,
    hint: release
      ? 'Die Veröffentlichung (--release) ist erst möglich, wenn die richtige Angabe des Kreises eingetragen ist.'
      : 'Vor der Veröffentlichung die richtige Angabe des Kreises eintragen.',
  }),
  /** To-do: values missing. */
  todoMissingValues: (count: number): Message => ({
    message: `${count === 1 ? '1 Zeile hat' : `${count} Zeilen haben`} noch keinen Wert (Feld „Wert“ leer).`,
    hint: 'Den Wert eintragen, wenn eine Quelle ihn belegt. Ist er nicht zu haben (z. B. mit den Grafiken des Berichts verloren), „.“ eintragen (DIN 55301: Zahlenwert unbekannt); dann entfällt dieser Hinweis.',
  }),

  // --- PDF ---------------------------------------------------------------------------------
  /** An image in a text without alternative text: the PDF (PDF/UA) and screen readers need one. */
  pdfFigureWithoutAlt: (src: string): Message => ({
    message: `Das Bild ${quote(src)} hat keinen Alternativtext; so kann die barrierefreie PDF-Fassung nicht entstehen.`,
    hint: 'In die eckigen Klammern beschreiben, was das Bild zeigt: ![Was das Bild zeigt](/bilder/datei.png)',
  }),
  /** An image whose file is not in public/. */
  pdfImageNotFound: (src: string): Message => ({
    message: `Die Bilddatei ${quote(src)} gibt es nicht.`,
    hint: 'Das Bild in den Ordner „public/“ legen und mit „/“ beginnend einbinden, z. B. ![Beschreibung](/bilder/datei.png).',
  }),
  /** Markdown the PDF cannot show (e.g. footnotes). */
  pdfUnsupportedMarkdown: (type: string): Message => ({
    message: `Dieses Markdown-Element (${type}) kann die PDF-Fassung nicht darstellen.`,
    hint: 'Den Text ohne dieses Element schreiben (Absätze, Überschriften, Listen, Tabellen, Hervorhebungen und Links gehen).',
  }),
  /** Typst could not make the PDF (a programming or template error, or a missing font). */
  pdfFailed: (name: string, details: string): Message => ({
    message: `Die PDF-Datei ${quote(name)} konnte nicht erzeugt werden: ${details}`,
    hint: 'Die Meldung an die technische Betreuung der Website weitergeben; an den Inhalten liegt es nicht, wenn „npm run check“ keine Fehler meldet.',
  }),
  // --- translations and Leichte Sprache ----------------------------------------------------
  /** A folder under uebersetzungen/ that is not a language of the site. */
  unknownTranslationLanguage: (folder: string, known: readonly string[]): Message => ({
    message: `Der Ordner ${quote(folder)} ist keine Sprache dieser Website.`,
    hint: `Den Ordner nach dem Sprachkürzel benennen: ${list(known)}.`,
  }),
  /** A file in a language folder that no page uses. */
  unknownTranslationFile: (name: string, known: readonly string[]): Message => ({
    message: `Die Datei ${quote(name)} wird auf keiner Seite verwendet.`,
    hint: `Übersetzungen heißen ${list(known)}; die Datei umbenennen oder löschen.`,
  }),
  /** A required section of a translation is missing. */
  translationSectionMissing: (language: string, key: string, purpose: string): Message => ({
    message: `In der Übersetzung (${language}) fehlt der Abschnitt ${quote(key)} (${purpose}).`,
    hint: `Eine Überschrift „## … {#${key}}“ mit dem übersetzten Text darunter ergänzen.`,
  }),
  /** A section heading with an unknown key. */
  translationSectionUnknown: (key: string, known: readonly string[]): Message => ({
    message: `Den Abschnitt ${quote(key)} gibt es nicht.`,
    hint: `Eine dieser Kennungen in {#…} verwenden: ${list(known)}.`,
  }),
  /** A section appears twice. */
  translationSectionTwice: (key: string): Message => ({
    message: `Der Abschnitt ${quote(key)} steht zweimal in der Datei.`,
    hint: 'Die beiden Abschnitte zu einem zusammenfassen.',
  }),
  /** Text before the first section heading, or a heading without its {#key}. */
  translationTextOutsideSection: (): Message => ({
    message: 'Dieser Text gehört zu keinem Abschnitt.',
    hint: 'Jeder Abschnitt beginnt mit einer Überschrift „## Titel {#kennung}“; den Text darunter stellen.',
  }),
  /** A priority field has no translated title. */
  translationFieldTitleMissing: (field: string): Message => ({
    message: `Für das Handlungsfeld ${quote(field)} fehlt der übersetzte Titel.`,
    hint: `Unter „handlungsfelder:“ eine Zeile „${field}: …“ mit dem übersetzten Titel ergänzen.`,
  }),
  /** To-do: the German source changed after the translation was made. */
  translationOutdated: (language: string, source: string, translated: string): Message => ({
    message: `Übersetzung veraltet (${language}): Die deutsche Fassung wurde am ${source} geändert, die Übersetzung ist vom ${translated}.`,
    hint: 'Die Übersetzung an die deutsche Fassung anpassen und „uebersetzt_am“ auf das Datum der Anpassung setzen. Bis dahin zeigt die Seite „Übersetzung veraltet“.',
  }),
  /** To-do: a priority field without a page in Leichte Sprache. */
  easyLanguageFieldMissing: (field: string): Message => ({
    message: `Für das Handlungsfeld ${quote(field)} gibt es keine Seite in Leichter Sprache.`,
    hint: `Eine Datei „src/content/leichte-sprache/${field}.md“ anlegen (Vorlage: _vorlage.md).`,
  }),
  /** To-do: an action has no text in Leichte Sprache. */
  easyLanguageActionMissing: (action: string): Message => ({
    message: `Die Maßnahme ${quote(action)} hat noch keinen Text in Leichter Sprache.`,
    hint: `Unter „massnahmen:“ einen Eintrag „${action}: |“ mit kurzen Sätzen ergänzen, jeder Satz in einer eigenen Zeile.`,
  }),
};

/** The frame around the messages: report headings and the closing lines of check and build. */
export const report = {
  errorHeading: (count: number): string => `${count} Fehler in den Inhalten oder Daten:`,
  warningHeading: (count: number): string =>
    `${count === 1 ? '1 Hinweis' : `${count} Hinweise`} (die Seite wird trotzdem gebaut):`,
  warningLabel: 'Warnung: ',
  checkFailed: 'Prüfung fehlgeschlagen: Die Seite würde so nicht gebaut. Die Fehler oben beheben.',
  checkPassed: (counts: { chapters: number; findings: number; fields: number; actions: number }): string =>
    `Prüfung bestanden: ${counts.chapters} Kapitel, ${counts.findings} Befunde, ` +
    `${counts.fields} Handlungsfelder, ${counts.actions} Maßnahmen.`,
  /** The build stopped on content problems (Astro shows message and hint). */
  buildStopped: (problems: string): Message => ({
    message: `Die Seite wurde nicht gebaut.\n${problems}`,
    hint: 'Jede Meldung nennt Datei:Zeile:Spalte. Alle Fehler beheben und erneut bauen; „npm run check“ prüft ohne zu bauen. Erklärungen: docs/redaktion.md.',
  }),
  /** The PDF could not be made (Astro shows message and hint). */
  pdfStopped: (problems: string): Message => ({
    message: `Die PDF-Fassung wurde nicht erzeugt.\n${problems}`,
    hint: 'Jede Meldung nennt die Datei und, wo möglich, Zeile und Spalte. Die Fehler beheben und erneut bauen; „npm run check“ prüft ohne zu bauen.',
  }),
  buildFailed: (out: string): string => `Der Bau ist fehlgeschlagen. Die bisherige Fassung in ${out} ist unverändert.`,
  buildDone: (out: string): string => `Fertig: die Website liegt in ${out}.`,
  // --- publishing (npm run build) ----------------------------------------------------------
  /** Another build holds the lock. */
  buildLocked: (pid: number): Message => ({
    message: `Es läuft bereits ein Bau (Prozess ${pid}). Zwei Bauvorgänge gleichzeitig würden sich gegenseitig stören.`,
    hint: 'Warten, bis der andere Bau fertig ist, und dann erneut „npm run build“ aufrufen.',
  }),
  /** A previous run was interrupted and its backup restored. */
  outputRestored: (out: string): Message => ({
    message: `Ein früherer Bau wurde unterbrochen; die zuletzt veröffentlichte Fassung in ${out} wurde wiederhergestellt.`,
    hint: 'Nichts zu tun: Der neue Bau läuft jetzt.',
  }),
  /** An error that is not about content: keep its text for the technical support. */
  unexpectedBuildError: (original: string): Message => ({
    message: `Beim Bauen ist ein unerwarteter technischer Fehler aufgetreten. Originalmeldung:\n\n${original}\n`,
    hint: 'Diese Meldung bitte an die technische Betreuung weitergeben; an den Inhalten liegt es wahrscheinlich nicht.',
  }),
  /** Release mode without a site address. */
  releaseWithoutSiteUrl: (): Message => ({
    message: 'Für die Veröffentlichung (--release) fehlt die Adresse der Website (SITE_URL).',
    hint: 'Adresse (und Unterpfad) des Servers angeben: SITE_URL=https://… BASE_PATH=/integrationskonzept/ npm run build -- --release',
  }),
};
