import { templateProblems } from '@app/notifications';
import { SURVEY_INVITATION_TEMPLATE, surveyInvitationMail } from './survey-mails';

describe('survey mails', () => {
  it('invites with the occasion, the link and its term, in the default text', () => {
    const mail = surveyInvitationMail({ firstName: 'Sanne' }, 'qualification', 'https://voorbeeld.nl/enquete/abc', new Date('2027-07-30T07:00:00Z'));
    expect(mail.title).toBe('Hoe tevreden ben je over je traject? (korte enquête)');
    expect(mail.body).toContain('Beste Sanne,\n\nGefeliciteerd: je bent bevoegd');
    expect(mail.body).toContain('\nhttps://voorbeeld.nl/enquete/abc\n');
    expect(mail.body).toContain('dagen geldig, tot vrijdag 30 juli 2027 om 09:00');
  });

  it('refuses a text without the link', () => {
    expect(templateProblems(SURVEY_INVITATION_TEMPLATE, SURVEY_INVITATION_TEMPLATE)).toEqual([]);
    expect(templateProblems(SURVEY_INVITATION_TEMPLATE, { subject: 'Enquête', body: 'Beste {voornaam}' })).toHaveLength(1);
  });
});
