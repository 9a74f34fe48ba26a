// The sample server configurations carry exactly the policy the pages carry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../src/lib/security/csp';

describe('server configurations', () => {
  it.each(['public/_headers', 'docs/deploy/nginx.conf', 'docs/deploy/htaccess'])('%s sets every security header with the same values', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const [name, value] of SECURITY_HEADERS) {
      expect(text, name).toContain(name);
      expect(text, name).toContain(value);
    }
  });
});
