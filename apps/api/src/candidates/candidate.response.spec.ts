import Fastify from 'fastify';
import type { CandidateDetail, CandidateListItem } from '@app/candidates';
import type { JsonSchema } from '../http/response-schema';
import { CANDIDATE_DETAIL, CANDIDATE_PAGE } from './candidate.response';

/**
 * Fastify writes these answers with serializers compiled from the schemas. They must say exactly
 * what JSON.stringify would: no field dropped, no null turned into "" or 0, dates as ISO strings.
 */
async function servedBy(schema: JsonSchema, body: unknown): Promise<unknown> {
  const app = Fastify();
  app.get('/', { schema: { response: { 200: schema } } }, async () => body);
  try {
    const response = await fetch(await app.listen({ port: 0, host: '127.0.0.1' }));
    expect(response.status).toBe(200);
    return JSON.parse(await response.text());
  } finally {
    await app.close();
  }
}

const asJson = (body: unknown): unknown => JSON.parse(JSON.stringify(body));

const item: CandidateListItem = {
  id: '6df9e2e8-93ff-4afc-bae0-c66cadb5bd51',
  reference: 'ZI-2026-00042',
  firstName: 'Fatima',
  lastName: 'el Amrani',
  email: 'fatima@example.nl',
  region: 'lelystad',
  stage: 'screening',
  appliedAt: new Date('2026-03-29T00:59:59.999Z'),
  updatedAt: new Date('2026-10-25T01:00:00.001Z'),
};

const detail: CandidateDetail = {
  ...item,
  phone: '06 12345678',
  degreeLevel: 'hbo_bachelor',
  degreeField: 'Bedrijfskunde "met" \\ aanhalingstekens',
  consentToKeep: false,
  previousCandidateId: null,
  version: 3,
  closingReason: null,
  documents: [{ id: 'b1c2d3e4-93ff-4afc-bae0-c66cadb5bd51', kind: 'cv', fileName: 'cv é.pdf', mediaType: 'application/pdf', size: 0, sha256: 'ab'.repeat(32) }],
  disclosures: [
    // json_agg hands dates over as strings, the driver as Date objects: both must pass unchanged.
    { partyKind: 'board', partyId: 'c1c2d3e4-93ff-4afc-bae0-c66cadb5bd51', purpose: 'interview', disclosed: 'dossier', grantedBy: null, grantedAt: '2026-11-22T12:48:36.734123+00:00' as unknown as Date, revokedAt: null },
    { partyKind: 'institute', partyId: 'd1c2d3e4-93ff-4afc-bae0-c66cadb5bd51', purpose: 'assessment', disclosed: 'dossier', grantedBy: 'e1c2d3e4-93ff-4afc-bae0-c66cadb5bd51', grantedAt: new Date(0), revokedAt: new Date('2026-11-22T13:00:00Z') },
  ],
  allowedCommands: ['reject', 'withdraw'],
};

describe('candidate answer schemas', () => {
  it('serialize a page exactly as JSON.stringify does, on the last page and before it', async () => {
    for (const page of [{ items: [item, { ...item, stage: 'applied' }], nextCursor: 'WyIyMDI2Il0' }, { items: [], nextCursor: null }]) {
      expect(await servedBy(CANDIDATE_PAGE, page)).toEqual(asJson(page));
    }
  });

  it('serialize a detail exactly as JSON.stringify does, nulls and awkward text included', async () => {
    expect(await servedBy(CANDIDATE_DETAIL, detail)).toEqual(asJson(detail));
    const filled = { ...detail, previousCandidateId: item.id, closingReason: 'Teruggetrokken', consentToKeep: true, documents: [], disclosures: [] };
    expect(await servedBy(CANDIDATE_DETAIL, filled)).toEqual(asJson(filled));
  });

  it('still send a field the schema does not name', async () => {
    const extended = { ...detail, programmeStartsOn: '2027-02-01', documents: [{ ...detail.documents[0], pages: 2 }] };
    const served = await servedBy(CANDIDATE_DETAIL, extended);
    expect(served).toEqual(asJson(extended));
    expect(await servedBy(CANDIDATE_PAGE, { items: [{ ...item, coach: 'M. de Vries' }], nextCursor: null, total: 1 })).toEqual({
      items: [asJson({ ...item, coach: 'M. de Vries' })],
      nextCursor: null,
      total: 1,
    });
  });
});
