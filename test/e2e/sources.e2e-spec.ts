import { SYSTEM_ACTOR } from '@app/shared';
import { ErasureService } from '@app/privacy';
import { useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { applicationFields, applicationForm, apply, createUser, openDossierOf, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';

describe('Sources: how applicants heard of Flevowijs (issue 16, item 4)', () => {
  const app = useTestApp();
  let admin: TestUser;
  let staff: TestUser;
  let anonymous: HttpClient;

  beforeAll(async () => {
    admin = await createUser(app(), 'admin');
    staff = await createUser(app(), 'staff');
    anonymous = new HttpClient(app().baseUrl);
  });

  it('offers the seeded sources on the public form, "anders" asking for a free text', async () => {
    const options = await anonymous.get('/api/applications/form-options');
    expect(options.body.sources.map((source: { code: string }) => source.code)).toEqual([
      'landelijke_campagne',
      'onderwijsloket',
      'school',
      'social_media',
      'informatiebijeenkomst',
      'bekende',
      'anders',
    ]);
    expect(options.body.sources.find((source: { code: string }) => source.code === 'anders')).toEqual({ code: 'anders', label: 'Anders', asksDetail: true });
  });

  it('stores the source on the candidate and shows it on the candidate page; the free text is the desk’s only', async () => {
    const { candidateId } = await apply(app(), { source: 'onderwijsloket' });
    const detail = await staff.http.get(`/api/candidates/${candidateId}`);
    expect(detail.body).toEqual(expect.objectContaining({ source: 'onderwijsloket', sourceDetail: null }));

    const other = await apply(app(), { source: 'anders', sourceDetail: 'Een flyer in de bibliotheek' });
    expect((await staff.http.get(`/api/candidates/${other.candidateId}`)).body).toEqual(
      expect.objectContaining({ source: 'anders', sourceDetail: 'Een flyer in de bibliotheek' }),
    );
    // Without a source, as programs send it, the form is accepted as before.
    const plain = await apply(app());
    expect((await staff.http.get(`/api/candidates/${plain.candidateId}`)).body.source).toBeNull();
  });

  it('refuses an unknown source code with a Dutch 400 naming the field, and keeps nothing', async () => {
    const fields = applicationFields({ source: 'tv_reclame' });
    const refused = await anonymous.postForm('/api/applications', applicationForm({ ...fields }));
    expectRefusal(refused, 400, 'source');
    expect(refused.body.message).toMatch(/Hoe ken je Flevowijs\? bevat een onbekende bron/);
    expect(await openDossierOf(app(), fields.email)).toBeNull();
    // A free text only with "anders".
    const detailed = applicationFields({ source: 'school', sourceDetail: 'De Regenboog' });
    expectRefusal(await anonymous.postForm('/api/applications', applicationForm({ ...detailed })), 400, 'sourceDetail');
  });

  it('lets administrators add, rename and retire a source (audited); a retired source is refused on the form', async () => {
    const code = `open_dag_${Date.now().toString(36)}`;
    const created = await admin.http.post('/api/sources', { code, label: `Open dag ${code}` });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(expect.objectContaining({ code, asksDetail: false, active: true }));
    expectRefusal(await admin.http.post('/api/sources', { code, label: 'Nog een keer' }), 400, 'code');
    expectRefusal(await admin.http.post('/api/sources', { code: 'Hoofdletters!', label: 'x y' }), 400, 'code');
    expectRefusal(await staff.http.post('/api/sources', { code: 'beurs', label: 'Beurs' }), 404);

    const renamed = await admin.http.patch(`/api/sources/${code}`, { label: 'Open dag Almere' });
    expect(renamed.body.label).toBe('Open dag Almere');
    const { candidateId } = await apply(app(), { source: code });

    expect((await admin.http.patch(`/api/sources/${code}`, { active: false })).body.active).toBe(false);
    expectRefusal(await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields({ source: code }) })), 400, 'source');
    // The candidate keeps the answer; the list keeps the retired source for the reports.
    expect((await staff.http.get(`/api/candidates/${candidateId}`)).body.source).toBe(code);
    expect((await staff.http.get('/api/sources')).body).toEqual(expect.arrayContaining([expect.objectContaining({ code, active: false })]));
    expectRefusal(await admin.http.patch('/api/sources/bestaat_niet', { active: false }), 404);

    const audit = await app().db.query(
      `SELECT action, changed_fields AS "changedFields" FROM audit_log WHERE entity = 'application_source' AND entity_id = $1 ORDER BY id`,
      [code],
    );
    expect(audit.rows).toEqual([
      { action: 'create', changedFields: ['code', 'label'] },
      { action: 'update', changedFields: ['label'] },
      { action: 'update', changedFields: ['active'] },
    ]);
  });

  it('erases the free text with the candidate; the source code stays for the reports', async () => {
    const { candidateId } = await apply(app(), { source: 'anders', sourceDetail: 'Mijn buurvrouw Jolanda' });
    await staff.http.post(`/api/candidates/${candidateId}/withdraw`, {});
    expect(await app().api.get(ErasureService).erase(SYSTEM_ACTOR, candidateId)).toBe(true);
    const { rows } = await app().db.query(`SELECT source, source_detail AS "sourceDetail" FROM candidates WHERE id = $1`, [candidateId]);
    expect(rows[0]).toEqual({ source: 'anders', sourceDetail: null });
  });
});
