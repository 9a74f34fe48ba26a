// The findings catalogue in pages of FINDINGS_PER_PAGE: no page grows with the number of findings.
import { describe, expect, it } from 'vitest';
import { FINDINGS_PER_PAGE, findingsPage, laterFindingsPages } from '../../../src/lib/project/findings-pages';
import { cataloguePagePath, pageCount } from '../../../src/lib/project/pagination';
import { loadProject } from '../../../src/lib/project/load-project';
import type { Project } from '../../../src/lib/project/model';
import { FIXTURES } from '../../helpers/fixture-site';

const base = loadProject(`${FIXTURES}minimal`).project;
/** The fixture with its findings repeated to `n` (fictitious ids), as a growing site would have. */
function withFindings(n: number): Project {
  const findings = Array.from({ length: n }, (_, i) => ({ ...base.findings[i % base.findings.length]!, id: `fiktiv-${i + 1}` }));
  return { ...base, findings };
}

describe('findingsPage(project, field, page)', () => {
  it('puts 4,000 findings on 80 pages of 50, the first at /befunde/, the others at /befunde/seite/<n>/', () => {
    const project = withFindings(4000);
    expect(pageCount(4000)).toBe(80);
    const last = findingsPage(project, undefined, 80);
    expect([last.cards.length, last.matching, last.pages, last.cards.at(-1)!.finding.id]).toEqual([FINDINGS_PER_PAGE, 4000, 80, 'fiktiv-4000']);
    expect(laterFindingsPages(project).map((p) => p.n)).toEqual(Array.from({ length: 79 }, (_, i) => String(i + 2)));
    expect([cataloguePagePath('befunde', 1), cataloguePagePath('befunde', 2)]).toEqual(['befunde', 'befunde/seite/2']);
  });

  it('pages one field\'s findings under its filter path', () => {
    const project = withFindings(120);
    const matching = project.findings.filter((f) => f.handlungsfelder.includes('familien')).length;
    const page = findingsPage(project, 'familien', 1);
    expect([page.basePath, page.matching, page.pages]).toEqual(['befunde/handlungsfeld/familien', matching, pageCount(matching)]);
    expect(page.cards.every((c) => c.finding.handlungsfelder.includes('familien'))).toBe(true);
    expect(laterFindingsPages(project, 'familien')).toHaveLength(pageCount(matching) - 1);
  });

  it('keeps a small site on one page and refuses a page that does not exist', () => {
    expect(findingsPage(base, undefined, 1).pages).toBe(1);
    expect(laterFindingsPages(base)).toEqual([]);
    expect(() => findingsPage(base, undefined, 2)).toThrow('No findings page 2 (1–1)');
  });
});
