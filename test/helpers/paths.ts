// Where the test run puts the sites it builds.
import { resolve } from 'node:path';

/** The real site built at the root path. */
export const REAL_SITE = resolve('test-results/site');
/** The real site built under a sub-path, as on the county's server. */
export const SUBPATH_SITE = resolve('test-results/site-subpath');
export const SUBPATH = '/integrationskonzept/';
/** The fixture site with fictitious follow-up data (decisions, status history, indicators). */
export const LEBENDIG_SITE = resolve('test-results/site-lebendig');
