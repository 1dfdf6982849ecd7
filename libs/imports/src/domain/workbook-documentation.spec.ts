import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbookMarkdown } from './workbook-documentation';

describe('the README documents the workbook format from its one definition', () => {
  it('holds the section workbookMarkdown() writes, unchanged', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    expect(readme).toContain(workbookMarkdown());
  });
});
