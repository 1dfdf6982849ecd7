import { rejectionMail, withdrawalMail } from './closing-mails';

const candidate = { firstName: 'Sanne', reference: 'ZI-2026-00012' };

describe('closing mails', () => {
  it('rejects in Dutch with the reference, and no reason', () => {
    const mail = rejectionMail(candidate);
    expect(mail.title).toBe('Besluit over je aanmelding voor zij-instroom (ZI-2026-00012)');
    expect(mail.body).toContain('Beste Sanne,');
    expect(mail.body).toContain('niet verder in behandeling');
    expect(mail.body).not.toMatch(/reden|motivatie/i);
  });

  it('confirms a withdrawal in Dutch', () => {
    const mail = withdrawalMail(candidate);
    expect(mail.title).toMatch(/^Bevestiging: /);
    expect(mail.title).toContain(candidate.reference);
    expect(mail.body).toContain('ingetrokken');
  });
});
