import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, type Region, type Role } from '@app/shared';
import { UsersService } from '@app/accounts';
import type { ApplicationInput } from '@app/candidates';
import { OrganisationsService } from '@app/organisations';
import { HttpClient } from './http-client';
import type { TestApp } from './test-app';

const FIXTURES = join(__dirname, '..', 'fixtures');
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

export function uniqueEmail(prefix = 'kandidaat'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.nl`;
}

/** The public form's fields as the multipart body sends them: all text. */
export type ApplicationFields = Omit<ApplicationInput, 'degreeLevel' | 'consentToKeep'> & { degreeLevel: string; consentToKeep: string };

export function applicationFields(overrides: Partial<ApplicationFields> = {}): ApplicationFields {
  return {
    firstName: 'Sanne',
    lastName: 'de Vries',
    email: uniqueEmail(),
    phone: '06 12345678',
    degreeLevel: 'wo_master',
    degreeField: 'Bedrijfskunde',
    region: 'almere',
    consentToKeep: 'false',
    ...overrides,
  };
}

/** A multipart application form; pass `files: {}` or other buffers to vary the documents. */
export function applicationForm(
  fields: Record<string, string> = { ...applicationFields() },
  files: Record<string, { content: Buffer; name: string; type?: string }> = {
    motivationLetter: { content: fixture('motivatiebrief.pdf'), name: 'motivatiebrief.pdf', type: 'application/pdf' },
    cv: { content: fixture('cv.docx'), name: 'cv.docx' },
  },
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, file] of Object.entries(files)) {
    form.append(name, new Blob([new Uint8Array(file.content)], { type: file.type ?? 'application/octet-stream' }), file.name);
  }
  return form;
}

export async function apply(app: TestApp, overrides: Partial<ApplicationFields> = {}): Promise<{ candidateId: string; reference: string; email: string }> {
  const fields = applicationFields(overrides);
  const result = await new HttpClient(app.baseUrl).postForm('/api/applications', applicationForm({ ...fields }));
  if (result.status !== 201) throw new Error(`application refused: ${result.status} ${JSON.stringify(result.body)}`);
  return { ...result.body, email: fields.email };
}

export async function createBoard(app: TestApp, region: Region = 'almere'): Promise<{ id: string; name: string }> {
  return app.api.get(OrganisationsService).createBoard(SYSTEM_ACTOR, { name: `Stichting Test ${randomUUID().slice(0, 8)}`, region, joinedAt: '2024-08-01' });
}

export async function createInstitute(app: TestApp): Promise<{ id: string; name: string }> {
  return app.api.get(OrganisationsService).createInstitute(SYSTEM_ACTOR, { name: `Hogeschool Test ${randomUUID().slice(0, 8)}` });
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
  http: HttpClient;
}

export async function createUser(app: TestApp, role: Role, affiliation: { boardId?: string; instituteId?: string } = {}): Promise<TestUser> {
  const password = `wachtwoord-${randomUUID()}`;
  const email = uniqueEmail(role);
  const user = await app.api.get(UsersService).create(SYSTEM_ACTOR, { email, name: `Test ${role}`, role, password, ...affiliation });
  const token = await login(app, email, password);
  return { id: user.id, email, password, token, http: new HttpClient(app.baseUrl, token) };
}

export async function login(app: TestApp, email: string, password: string): Promise<string> {
  const result = await new HttpClient(app.baseUrl).post('/api/auth/login', { email, password });
  if (result.status !== 200) throw new Error(`login failed: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body.accessToken as string;
}
