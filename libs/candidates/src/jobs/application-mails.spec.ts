import { templateProblems } from '@app/notifications';
import { APPLICATION_ALREADY_OPEN_TEMPLATE, APPLICATION_CONFIRMATION_TEMPLATE, applicationConfirmationMail } from './application-mails';

describe('application mails', () => {
  it('confirms in Dutch with the first name and the reference, in the default text', () => {
    const mail = applicationConfirmationMail({ firstName: 'Sanne', reference: 'ZI-2026-00012' });
    expect(mail.title).toBe('Je aanmelding voor zij-instroom is ontvangen (ZI-2026-00012)');
    expect(mail.body.split('\n').slice(0, 4)).toEqual([
      'Beste Sanne,',
      '',
      'Bedankt voor je aanmelding als zij-instromer in het primair onderwijs in Almere of Lelystad.',
      'Je referentie is ZI-2026-00012. Noem die als je contact met ons opneemt.',
    ]);
    expect(mail.body.endsWith('Met vriendelijke groet,\nFlevowijs — zij-instroom primair onderwijs')).toBe(true);
  });

  it('declares defaults that use only their own placeholders', () => {
    for (const template of [APPLICATION_CONFIRMATION_TEMPLATE, APPLICATION_ALREADY_OPEN_TEMPLATE]) expect(templateProblems(template, template)).toEqual([]);
  });
});
