// The "lebendig" fixture site (sources, change notes, decisions, indicators with fictitious data)
// must stay valid: build tests and the browser suites rely on it.
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/lib/project/load-project';
import { FIXTURES } from '../../helpers/fixture-site';

describe('loadProject(fixtures/sites/lebendig)', () => {
  it('loads without errors', () => {
    const { problems } = loadProject(`${FIXTURES}lebendig`);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
