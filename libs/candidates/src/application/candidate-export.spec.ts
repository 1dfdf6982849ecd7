import { formulaSafe } from './candidate-export.service';

describe('CSV export: formula-safe cells', () => {
  it('makes a cell that a spreadsheet would read as a formula plain text, and leaves the rest', () => {
    for (const value of ['=1+1', '+31 6 1234', '-2', '@SUM(A1)', '\t=x', '\r=x', '|cmd']) expect(formulaSafe(value)).toBe(`'${value}`);
    for (const value of ['Sanne', 'de Vries', '06 12345678', '', 'a=b']) expect(formulaSafe(value)).toBe(value);
  });
});
