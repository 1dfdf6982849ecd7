import { ConfigurationError, loadConfig } from './app-config';
import { DEFAULT_CONVENANT_TARGETS, parseReportTargets, targetsFor } from './report-targets';
import { thrownBy } from '../../../../test/support/thrown-by';

const VALID = {
  DATABASE_URL: 'postgres://user@localhost:5432/zij',
  SMTP_URL: 'smtp://localhost:2525',
  ADMIN_EMAIL: 'beheer@flevowijs.nl',
  ADMIN_PASSWORD: 'lang-genoeg-wachtwoord',
  STORAGE_DIR: '/var/lib/zij',
};

const period = (fromSchoolYear: string, startsPerSchoolYear = 40) => ({
  fromSchoolYear,
  startsPerSchoolYear,
  uitvalBelowPercent: 10,
  satisfiedAtLeastPercent: 75,
  coachingHoursPerWeek: [4, 4],
});

describe('REPORT_TARGETS: the convenant targets per convenant period', () => {
  it('defaults to the Almere addendum: 40 starts, uitval below 10%, satisfaction at least 75%, 4 hours a week in year 1 and 2', () => {
    expect(loadConfig(VALID).reports.targets).toEqual([
      { fromSchoolYear: '2023-2024', startsPerSchoolYear: 40, uitvalBelowPercent: 10, satisfiedAtLeastPercent: 75, coachingHoursPerWeek: [4, 4] },
    ]);
  });

  it('reads periods in order of their first school year', () => {
    const targets = loadConfig({ ...VALID, REPORT_TARGETS: JSON.stringify([period('2027-2028', 50), period('2023-2024')]) }).reports.targets;
    expect(targets.map((entry) => entry.fromSchoolYear)).toEqual(['2023-2024', '2027-2028']);
  });

  it.each([
    ['not JSON', 'veertig'],
    ['an empty list', '[]'],
    ['a malformed school year', JSON.stringify([period('2023-2025')])],
    ['a missing target', JSON.stringify([{ fromSchoolYear: '2023-2024', startsPerSchoolYear: 40 }])],
    ['a percentage above 100', JSON.stringify([{ ...period('2023-2024'), uitvalBelowPercent: 110 }])],
    ['one norm instead of two', JSON.stringify([{ ...period('2023-2024'), coachingHoursPerWeek: [4] }])],
    ['two periods from the same year', JSON.stringify([period('2023-2024'), period('2023-2024', 30)])],
  ])('refuses %s, naming REPORT_TARGETS', (_, raw) => {
    expect(thrownBy(ConfigurationError, () => loadConfig({ ...VALID, REPORT_TARGETS: raw })).message).toContain('REPORT_TARGETS');
  });

  it('gives a school year the targets of its period, and a year before the first period the first', () => {
    const periods = parseReportTargets(JSON.stringify([period('2023-2024', 40), period('2026-2027', 2)]))!;
    expect(targetsFor(periods, '2020-2021').startsPerSchoolYear).toBe(40);
    expect(targetsFor(periods, '2025-2026').startsPerSchoolYear).toBe(40);
    expect(targetsFor(periods, '2026-2027').startsPerSchoolYear).toBe(2);
    expect(targetsFor(periods, '2030-2031').startsPerSchoolYear).toBe(2);
    expect(targetsFor([DEFAULT_CONVENANT_TARGETS], '2025-2026')).toBe(DEFAULT_CONVENANT_TARGETS);
  });
});
