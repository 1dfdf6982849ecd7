import { safeCell } from './report-definitions';

describe('safeCell: text cells of an export are safe from formula injection', () => {
  it.each(['=SOM(A1:A9)', '+31 6 12345678', '-2+3', '@SUM(1)', '\tTab', '\rRegel'])('prefixes %j with an apostrophe', (text) => {
    expect(safeCell(text)).toBe(`'${text}`);
  });

  it.each(['Stichting Almere Oost', '2025-2026', "'al veilig", ''])('leaves %j as it is', (text) => {
    expect(safeCell(text)).toBe(text);
  });
});
