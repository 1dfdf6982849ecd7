import { parseCell } from './cell-values';
import { closestName } from './closest-name';
import type { ColumnDefinition } from './workbook-format';
import { CANDIDATES_SHEET, PLACEMENTS_SHEET, columnOf } from './workbook-format';

const applied = columnOf(CANDIDATES_SHEET, 'appliedOn');
const screening = columnOf(CANDIDATES_SHEET, 'screeningOn');
const fte = columnOf(PLACEMENTS_SHEET, 'fte');
const region: ColumnDefinition = columnOf(CANDIDATES_SHEET, 'region');

describe('reading a cell by its column', () => {
  it.each([
    [new Date('2025-01-31T00:00:00.000Z'), '2025-01-31'],
    ['31-1-2025', '2025-01-31'],
    ['31-01-2025', '2025-01-31'],
    ['31/1/2025', '2025-01-31'],
    ['2025-01-31', '2025-01-31'],
    ['29-2-2024', '2024-02-29'],
    // A date cell whose format the reader did not see: its serial number (days since 30 December 1899).
    [45688, '2025-01-31'],
  ])('reads the date %p as %s', (raw, day) => {
    expect(parseCell(applied, raw)).toEqual({ ok: true, value: day });
  });

  it.each([
    ['31-02-2025', 'Aangemeld op "31-02-2025" is geen datum: 31 februari 2025 bestaat niet.'],
    ['29-2-2025', 'Aangemeld op "29-2-2025" is geen datum: 29 februari 2025 bestaat niet.'],
    ['2025/13/01', 'Aangemeld op "2025/13/01" is geen datum: maand 13 bestaat niet (1 tot en met 12).'],
    ['1-13-2025', 'Aangemeld op "1-13-2025" is geen datum: maand 13 bestaat niet (1 tot en met 12).'],
    ['volgende week', 'Aangemeld op "volgende week" is geen datum: schrijf de datum als 31-1-2025 of 2025-01-31, of maak de cel een datumcel.'],
  ])('refuses %p naming what is wrong', (raw, message) => {
    expect(parseCell(applied, raw)).toEqual({ ok: false, message });
  });

  it('tells an empty required cell from an empty optional one', () => {
    expect(parseCell(applied, '  ')).toEqual({ ok: false, message: 'Aangemeld op is verplicht.' });
    expect(parseCell(screening, null)).toEqual({ ok: true, value: null });
  });

  it('reads a decimal comma, and a choice by its Dutch name or its code', () => {
    expect(parseCell(fte, '0,8')).toEqual({ ok: true, value: 0.8 });
    expect(parseCell(fte, '1.000,5')).toEqual({ ok: false, message: 'FTE "1.000,5" is geen getal.' });
    expect(parseCell(region, 'Lelystad')).toEqual({ ok: true, value: 'lelystad' });
    expect(parseCell(region, 'almere')).toEqual({ ok: true, value: 'almere' });
    expect(parseCell(region, 'Zwolle')).toEqual({ ok: false, message: 'Regio "Zwolle" is onbekend: kies uit Almere, Lelystad.' });
  });
});

describe('the closest known name', () => {
  const boards = ['Stichting Flevoland Primair', 'Stichting Lelystad Onderwijs', 'OPO Almere'];

  it('suggests a name a typo away, or one that holds what was typed', () => {
    expect(closestName('Stichting Flevolnd Primair', boards)).toBe('Stichting Flevoland Primair');
    expect(closestName('opo almere', boards)).toBe('OPO Almere');
    expect(closestName('Lelystad Onderwijs', boards)).toBe('Stichting Lelystad Onderwijs');
    expect(closestName('Iets heel anders', boards)).toBeNull();
  });
});
