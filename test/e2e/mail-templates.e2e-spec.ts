import { useTestApp } from '../support/test-app';
import { apply, createUser, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';

describe('Mail templates: administrators edit the text of the mails (issue 16, item 5)', () => {
  const app = useTestApp();
  let admin: TestUser;
  let staff: TestUser;

  beforeAll(async () => {
    admin = await createUser(app(), 'admin');
    staff = await createUser(app(), 'staff');
  });

  afterEach(async () => {
    await admin.http.delete('/api/mail-templates/application_confirmation');
  });

  it('lists at least the candidate-facing mails, each with its default and placeholders; only administrators', async () => {
    const list = await admin.http.get('/api/mail-templates');
    expect(list.status).toBe(200);
    const kinds = list.body.map((template: { kind: string }) => template.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'application_confirmation',
        'candidate_rejection',
        'withdrawal_confirmation',
        'application_already_open',
        'interview_invitation',
        'interview_update',
        'interview_cancellation',
        'interview_reminder',
        'interview_passed',
        'interview_rejection',
        'satisfaction_survey',
        'portal_sign_in_link',
      ]),
    );
    const confirmation = list.body.find((template: { kind: string }) => template.kind === 'application_confirmation');
    expect(confirmation).toEqual(
      expect.objectContaining({
        subject: 'Je aanmelding voor zij-instroom is ontvangen ({referentie})',
        customised: false,
        placeholders: expect.arrayContaining([expect.objectContaining({ name: 'voornaam' }), expect.objectContaining({ name: 'referentie' })]),
      }),
    );
    expectRefusal(await staff.http.get('/api/mail-templates'), 404);
    expectRefusal(await staff.http.put('/api/mail-templates/application_confirmation', { subject: 'x', body: 'y' }), 404);
    expectRefusal(await admin.http.get('/api/mail-templates/bestaat_niet'), 404);
  });

  it('refuses a template with an unknown placeholder, naming it in Dutch, and keeps the old text', async () => {
    const refused = await admin.http.put('/api/mail-templates/application_confirmation', {
      subject: 'Ontvangen ({referentie})',
      body: 'Beste {voornaam} {achternaam},\n\nDank je wel.',
    });
    expectRefusal(refused, 400, 'body');
    expect(refused.body.message).toContain('{achternaam}');
    expect(refused.body.message).toMatch(/onbekende invulplek/);
    expectRefusal(await admin.http.post('/api/mail-templates/application_confirmation/preview', { subject: '{Referentie}', body: 'x' }), 400, 'subject');
    // A mail with a one-time link cannot lose it.
    expectRefusal(await admin.http.put('/api/mail-templates/portal_sign_in_link', { subject: 'Inloggen', body: 'Beste {voornaam}' }), 400, 'body');
    const { rows } = await app().db.query(`SELECT count(*)::int AS overrides FROM mail_templates`);
    expect(rows[0].overrides).toBe(0);
  });

  it('previews with example data', async () => {
    const preview = await admin.http.post('/api/mail-templates/application_confirmation/preview', {
      subject: 'Ontvangen ({referentie})',
      body: 'Hoi {voornaam}!',
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ title: 'Ontvangen (ZI-2026-00042)', body: 'Hoi Sanne!' });
  });

  it('uses an override in the mail it sends, and going back to the default restores the default; both audited', async () => {
    const saved = await admin.http.put('/api/mail-templates/application_confirmation', {
      subject: 'We hebben je aanmelding ({referentie})',
      body: 'Hoi {voornaam},\n\nJe aanmelding {referentie} is binnen. Tot snel!',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(expect.objectContaining({ customised: true, subject: 'We hebben je aanmelding ({referentie})' }));

    const custom = await apply(app(), { firstName: 'Fleur' });
    const [customMail] = await app().mail.waitFor(() => app().mail.to(custom.email).length > 0);
    expect(customMail.subject).toBe(`We hebben je aanmelding (${custom.reference})`);
    expect(customMail.text?.trim()).toBe(`Hoi Fleur,\n\nJe aanmelding ${custom.reference} is binnen. Tot snel!`);

    const reset = await admin.http.delete('/api/mail-templates/application_confirmation');
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual(expect.objectContaining({ customised: false, subject: 'Je aanmelding voor zij-instroom is ontvangen ({referentie})' }));

    const standard = await apply(app(), { firstName: 'Daan' });
    await app().mail.waitFor(() => app().mail.to(standard.email).length > 0);
    const [standardMail] = app().mail.to(standard.email);
    expect(standardMail.subject).toBe(`Je aanmelding voor zij-instroom is ontvangen (${standard.reference})`);
    expect(standardMail.text).toContain('Beste Daan,');

    const audit = await app().db.query(
      `SELECT action, actor_id AS "actorId", changed_fields AS "changedFields" FROM audit_log WHERE entity = 'mail_template' AND entity_id = 'application_confirmation' ORDER BY id`,
    );
    expect(audit.rows).toEqual([
      { action: 'update', actorId: admin.id, changedFields: ['subject', 'body'] },
      { action: 'reset_to_default', actorId: admin.id, changedFields: ['subject', 'body'] },
    ]);
  });
});
