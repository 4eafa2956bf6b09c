import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '@pillars/shared/types';

const root = join(__dirname, '../../../..');

describe('error codes', () => {
  it('documents every code in docs/errors.md', () => {
    const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8');
    expect(ERROR_CODES.filter((code) => !doc.includes(`\`${code}\``))).toEqual([]);
  });
});
