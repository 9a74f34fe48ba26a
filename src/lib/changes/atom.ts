/** The significant changes as an Atom 1.0 feed (RFC 4287), with absolute addresses. */
import type { ChangeItem } from './changes';
import { escapeXml } from '../text/xml';

export interface FeedOptions {
  /** Feed title, e.g. "Integrationskonzept Kreis Kleve: Änderungen". */
  title: string;
  /** Publisher, the feed's author. */
  author: string;
  /** Date of the newest change (the site's Stand), YYYY-MM-DD. */
  updated: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the changes page (also the feed's id). */
  pageUrl: string;
  /** Absolute URL of a site path. */
  absoluteUrl: (path: string) => string;
}

/** Atom timestamps need a time: change notes are dates, so midnight UTC. */
const timestamp = (date: string): string => `${date}T00:00:00Z`;

/** Entry ids: the page address plus the date, numbered when a page has several notes on one day. */
function entryIds(items: readonly ChangeItem[], absoluteUrl: (path: string) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const key = `${item.path}#aenderung-${item.datum}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${absoluteUrl(item.path)}#aenderung-${item.datum}${n > 1 ? `-${n}` : ''}`;
  });
}

/** The feed XML for the given items (callers pass the significant ones, newest first). */
export function atomFeed(items: readonly ChangeItem[], o: FeedOptions): string {
  const ids = entryIds(items, o.absoluteUrl);
  const entries = items.map((item, i) =>
    [
      '  <entry>',
      `    <id>${escapeXml(ids[i]!)}</id>`,
      `    <title>${escapeXml(`${item.kind}: ${item.title}`)}</title>`,
      `    <updated>${timestamp(item.datum)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(o.absoluteUrl(item.path))}"/>`,
      `    <summary>${escapeXml(item.text)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <id>${escapeXml(o.pageUrl)}</id>`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <updated>${timestamp(o.updated)}</updated>`,
    `  <author><name>${escapeXml(o.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(o.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(o.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
