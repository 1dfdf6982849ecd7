import { DomainError, calendarDate, type CalendarDate } from '@app/shared';
import { checkStart, conductCertificateProblem, earliestConductCertificate, type StartFacts } from './start.policy';

const day = calendarDate;

const facts = (overrides: Partial<StartFacts> = {}): StartFacts => ({
  stage: 'assessment_passed',
  assessmentRequired: true,
  hasActivePlacement: true,
  startDate: day('2025-10-01'),
  conductCertificateDate: day('2025-09-01'),
  today: day('2025-09-15'),
  ...overrides,
});

function refusal(input: StartFacts): DomainError {
  try {
    checkStart(input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('programme start (R8)', () => {
  it('starts from assessment_passed with an active placement and a recent VOG', () => {
    expect(checkStart(facts())).toBe('start_programme');
  });

  it('starts from interview_passed only on a route without assessment', () => {
    expect(checkStart(facts({ stage: 'interview_passed', assessmentRequired: false }))).toBe('start_programme_without_assessment');
    expect(checkStart(facts({ stage: 'assessment_passed', assessmentRequired: false }))).toBe('start_programme');
    const refused = refusal(facts({ stage: 'interview_passed' }));
    expect(refused.code).toBe('programmes.start_conditions_missing');
    expect(refused.message).toContain('geschiktheidsonderzoek');
  });

  it('names every missing condition at once (409)', () => {
    const refused = refusal(facts({ stage: 'in_assessment', hasActivePlacement: false, conductCertificateDate: null }));
    expect(refused.kind).toBe('conflict');
    expect(refused.fields.map((problem) => problem.field)).toEqual(['candidateId', 'candidateId', 'conductCertificateDate']);
    expect(refused.message).toContain('in_assessment');
    expect(refused.message).toContain('lopende plaatsing');
    expect(refused.message).toContain('VOG');
  });

  it('names only what is missing', () => {
    const refused = refusal(facts({ hasActivePlacement: false }));
    expect(refused.fields).toHaveLength(1);
    expect(refused.message).toContain('lopende plaatsing');
    expect(refused.message).not.toContain('VOG');
  });

  it('refuses a second programme while one runs', () => {
    expect(refusal(facts({ stage: 'in_programme' })).code).toBe('programmes.running_exists');
  });

  it('refuses a VOG dated in the future (422 on the field)', () => {
    const refused = refusal(facts({ conductCertificateDate: day('2025-09-16') }));
    expect(refused.kind).toBe('unprocessable');
    expect(refused.fields.map((problem) => problem.field)).toEqual(['conductCertificateDate']);
  });

  describe('VOG: issued at most 6 months before the start, not after it', () => {
    const problem = (start: string, issued: string | null) => conductCertificateProblem(day(start), issued === null ? null : (day(issued) as CalendarDate));
    it.each([
      ['2025-10-01', '2025-04-01', false],
      ['2025-10-01', '2025-03-31', true],
      ['2025-10-01', '2025-10-01', false],
      ['2025-10-01', '2025-10-02', true],
      ['2025-08-31', '2025-02-28', false], // 31 August − 6 months is 28 February (clamped)
      ['2025-08-31', '2025-02-27', true],
      ['2024-08-29', '2024-02-29', false], // 29 August − 6 months is 29 February in a leap year
      ['2024-08-29', '2024-02-28', true],
      ['2025-10-01', null, true],
    ])('start %s, VOG of %s: refused %s', (start, issued, refused) => {
      expect(problem(start, issued) !== null).toBe(refused);
    });

    it('says how old the VOG may be', () => {
      expect(earliestConductCertificate(day('2025-10-01'))).toBe('2025-04-01');
      expect(problem('2025-10-01', '2025-03-31')).toContain('ouder dan 6 maanden');
    });
  });
});
