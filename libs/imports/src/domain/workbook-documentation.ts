import { EXPLANATION_SHEET_NAME, WORKBOOK_SHEETS, type ColumnDefinition, type ColumnType } from './workbook-format';

export const TYPE_LABELS: Record<ColumnType, string> = {
  text: 'tekst',
  email: 'e-mailadres',
  date: 'datum (datumcel, 31-1-2025 of 2025-01-31)',
  integer: 'heel getal',
  decimal: 'getal (0,8 of 0.8)',
  boolean: 'ja/nee',
  choice: 'keuze',
  schoolYear: 'schooljaar (2024-2025)',
};

/** The allowed values of a choice column, as the explanation lists them. */
export function allowedValues(column: ColumnDefinition): string {
  return (column.choices ?? []).map((choice) => choice.label).join(', ');
}

/** The rows of the explanation sheet: per sheet and column its type, whether required, an example and what it means. */
export function explanationRows(): (string | number)[][] {
  const rows: (string | number)[][] = [['Blad', 'Kolom', 'Soort', 'Verplicht', 'Voorbeeld', 'Toelichting', 'Mogelijke waarden']];
  for (const sheet of WORKBOOK_SHEETS) {
    rows.push([sheet.name, '', '', '', '', sheet.explanation, '']);
    for (const column of sheet.columns) {
      rows.push([
        sheet.name,
        column.heading,
        TYPE_LABELS[column.type],
        column.required ? 'ja' : 'nee',
        column.example,
        column.explanation,
        allowedValues(column),
      ]);
    }
  }
  return rows;
}

/** The README's section on the workbook format, written from the same definition as the template. */
export function workbookMarkdown(): string {
  const lines = [
    '## Import and export of history (issue 15)',
    '',
    '<!-- Generated from libs/imports/src/domain/workbook-format.ts by workbookMarkdown(); a unit spec checks it is current. -->',
    '',
    'Staff bring in candidates with their whole history through **Importeren** (`/import`): upload an XLSX workbook (or one CSV per sheet,',
    'named after the sheet, e.g. `Begeleiding.csv`, UTF-8 with `;` or `,`), read the dry run (what would be created and updated, and every',
    'problem by sheet, row and column), fix the spreadsheet and upload again, then commit: the worker writes all or nothing, with progress.',
    'The same person is recognised by `Referentie`; a second import of the same file changes nothing. `GET /api/imports/template.xlsx` gives',
    `the template with an example row per sheet and the sheet ${EXPLANATION_SHEET_NAME}; \`GET /api/exports/workbook.xlsx\` exports in the same format.`,
    'Dates may be date cells, `31-1-2025` or `2025-01-31`; a formula counts with its last calculated value and is never evaluated.',
    'An upload and its list of problems are kept 30 days (the daily sweep `imports.retention`); a committed file goes at its commit.',
    '`npm run bench:imports` measures 10,000 people with 200,000 coaching sessions (figures in `bench/results/imports.md`).',
    '',
  ];
  for (const sheet of WORKBOOK_SHEETS) {
    lines.push(`### ${sheet.name}`, '', sheet.explanation, '', '| kolom | soort | verplicht | voorbeeld | toelichting |', '|---|---|---|---|---|');
    for (const column of sheet.columns) {
      const values = allowedValues(column);
      const explanation = values ? `${column.explanation} Waarden: ${values}.` : column.explanation;
      lines.push(`| ${column.heading} | ${TYPE_LABELS[column.type]} | ${column.required ? 'ja' : 'nee'} | ${String(column.example)} | ${explanation} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
