import { templateProblems } from '@app/notifications';
import {
  candidateInvitationMail,
  dutchList,
  greeted,
  interviewPassedMail,
  panelInvitationMail,
  rejectionMail,
  SELECTION_MAIL_TEMPLATES,
} from './interview-mails';

const candidate = { firstName: 'Sanne', lastName: 'de Vries', reference: 'ZI-2026-00012' };
const interview = { startsAt: new Date('2027-03-25T09:00:00Z'), durationMinutes: 60, location: 'Flevowijs, Almere' };

describe('interview mails', () => {
  it('joins names the Dutch way', () => {
    expect(dutchList(['A'])).toBe('A');
    expect(dutchList(['Stichting A', 'Stichting B'])).toBe('Stichting A en Stichting B');
    expect(dutchList(['A', 'B', 'C'])).toBe('A, B en C');
  });

  it('invites the panel with a capitalised subject and its prefix, the boards joined with "en", greeted by name', () => {
    const mail = greeted(panelInvitationMail(candidate, interview, ['Stichting A', 'Stichting B'], 'http://localhost/kandidaten/1', false), 'Jan Jansen');
    expect(mail.title).toBe('Uitnodiging: selectiegesprek met Sanne de Vries (ZI-2026-00012)');
    expect(mail.body.split('\n')[0]).toBe('Beste Jan Jansen,');
    expect(mail.body).toContain('Panel: medewerkers van Flevowijs, Stichting A en Stichting B');
    expect(mail.body).toContain('donderdag 25 maart 2027 om 10:00 tot 11:00');
    expect(panelInvitationMail(candidate, interview, ['Stichting A'], 'x', true).title).toMatch(/^Gewijzigd: /);
  });

  it('invites the candidate with the panel in one sentence', () => {
    expect(candidateInvitationMail(candidate, interview, ['Stichting A', 'Stichting B'], false).body).toContain(
      'selectiegesprek met medewerkers van Flevowijs, Stichting A en Stichting B.',
    );
  });

  it('tells the outcome without the motivation', () => {
    expect(interviewPassedMail(candidate).title).toContain('je gaat door');
    expect(rejectionMail(candidate).body).toContain('niet verder in behandeling');
  });
});

describe('interview mail templates', () => {
  it('declare defaults that use only their own placeholders', () => {
    for (const template of SELECTION_MAIL_TEMPLATES) expect(templateProblems(template, template)).toEqual([]);
  });
});
