import { startTestApp, type TestApp, ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { apply, login } from '../support/factories';

describe('smoke', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('applies, mails, and lets the admin see the candidate', async () => {
    const receipt = await apply(app);
    const token = await login(app, ADMIN_EMAIL, ADMIN_PASSWORD);
    const http = new HttpClient(app.baseUrl, token);
    const detail = await http.get(`/api/candidates/${receipt.candidateId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.stage).toBe('applied');
    await app.mail.waitFor(() => app.mail.to(receipt.email).length === 1);
    expect(app.mail.to(receipt.email)[0].subject).toContain(receipt.reference);
  });
});
