import { isSatisfied, linkExpiresAt, surveyState } from './survey';

describe('a survey link', () => {
  const invitedAt = new Date('2026-06-01T10:00:00Z');
  const expiresAt = linkExpiresAt(invitedAt);

  it('works 30 days from the invitation', () => {
    expect(expiresAt.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(surveyState({ answeredAt: null, expiresAt }, new Date('2026-07-01T09:59:59.999Z'))).toBe('open');
    expect(surveyState({ answeredAt: null, expiresAt }, expiresAt)).toBe('expired');
  });

  it('stays answered after its 30 days', () => {
    expect(surveyState({ answeredAt: invitedAt, expiresAt }, new Date('2026-08-01T00:00:00Z'))).toBe('answered');
  });

  it('counts a score at or above the threshold as satisfied', () => {
    expect(isSatisfied(7, 7)).toBe(true);
    expect(isSatisfied(6, 7)).toBe(false);
    expect(isSatisfied(8, 8)).toBe(true);
  });
});
