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
export type ApplicationFields = Omit<ApplicationInput, 'degreeLevel' | 'consentToKeep' | 'route'> & {
  degreeLevel: string;
  consentToKeep: string;
  route?: string;
};

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

/** The open dossier of an address (R3: at most one), as the test database holds it; null when there is none. */
export async function openDossierOf(app: TestApp, email: string): Promise<{ candidateId: string; reference: string } | null> {
  const { rows } = await app.db.query<{ candidateId: string; reference: string }>(
    `SELECT id AS "candidateId", reference FROM candidates
     WHERE lower(email) = lower($1) AND stage NOT IN ('qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired')`,
    [email],
  );
  return rows[0] ?? null;
}

/**
 * Applies through the public form and returns the dossier it made. The form's answer names no
 * dossier (R3), so the dossier is found by its address; an address with an open dossier already fails.
 */
export async function apply(app: TestApp, overrides: Partial<ApplicationFields> = {}): Promise<{ candidateId: string; reference: string; email: string }> {
  const fields = applicationFields(overrides);
  const before = await openDossierOf(app, fields.email);
  if (before) throw new Error(`${fields.email} has an open dossier already (${before.reference}): the form would make none`);
  const result = await new HttpClient(app.baseUrl).postForm('/api/applications', applicationForm({ ...fields }));
  if (result.status !== 202) throw new Error(`application refused: ${result.status} ${JSON.stringify(result.body)}`);
  const dossier = await openDossierOf(app, fields.email);
  if (!dossier) throw new Error(`the application of ${fields.email} was answered 202 but made no dossier`);
  return { ...dossier, email: fields.email };
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
