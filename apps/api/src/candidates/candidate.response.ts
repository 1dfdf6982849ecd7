import { REGIONS } from '@app/shared';
import { STAGE_COMMANDS, STAGES } from '@app/candidates';
import { ResponseSchema, type JsonSchema } from '../http/response-schema';

/*
 * The shapes of the candidate answers (candidate.views.ts), as JSON Schema: one definition is
 * both the OpenAPI description and Fastify's serializer for the route (see response-schema.ts).
 * Every object keeps `additionalProperties: true`, so a field added to a view is still sent when
 * it is not described here yet.
 */
const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const text: JsonSchema = { type: 'string' };
const optional = (schema: JsonSchema): JsonSchema => ({ ...schema, nullable: true });

const listItemProperties: Record<string, JsonSchema> = {
  id: uuid,
  reference: { type: 'string', example: 'ZI-2026-00042' },
  firstName: text,
  lastName: text,
  email: { type: 'string', format: 'email' },
  region: { type: 'string', enum: [...REGIONS] },
  stage: { type: 'string', enum: [...STAGES] },
  appliedAt: dateTime,
  updatedAt: dateTime,
};

const LIST_ITEM: JsonSchema = { type: 'object', properties: listItemProperties, additionalProperties: true };

const DOCUMENT: JsonSchema = {
  type: 'object',
  properties: {
    id: uuid,
    kind: { type: 'string', enum: ['motivation_letter', 'cv'] },
    fileName: text,
    mediaType: text,
    size: { type: 'integer' },
    sha256: text,
  },
  additionalProperties: true,
};

const DISCLOSURE: JsonSchema = {
  type: 'object',
  properties: {
    partyKind: { type: 'string', enum: ['board', 'institute', 'coach'] },
    partyId: uuid,
    purpose: text,
    disclosed: text,
    grantedBy: optional(uuid),
    grantedAt: dateTime,
    revokedAt: optional(dateTime),
  },
  additionalProperties: true,
};

export const CANDIDATE_PAGE: JsonSchema = {
  type: 'object',
  properties: {
    items: { type: 'array', items: LIST_ITEM },
    nextCursor: optional({ type: 'string', description: 'Pass as `cursor` for the next page; null on the last page.' }),
  },
  additionalProperties: true,
};

export const CANDIDATE_DETAIL: JsonSchema = {
  type: 'object',
  properties: {
    ...listItemProperties,
    phone: text,
    degreeLevel: text,
    degreeField: text,
    consentToKeep: { type: 'boolean' },
    previousCandidateId: optional(uuid),
    version: { type: 'integer' },
    closingReason: optional(text),
    documents: { type: 'array', items: DOCUMENT },
    disclosures: { type: 'array', items: DISCLOSURE, description: 'Who was given access and to what (central desk only; empty for others).' },
    allowedCommands: { type: 'array', items: { type: 'string', enum: Object.keys(STAGE_COMMANDS) } },
  },
  additionalProperties: true,
};

export const CandidatePageResponse = () => ResponseSchema(CANDIDATE_PAGE);
export const CandidateDetailResponse = () => ResponseSchema(CANDIDATE_DETAIL);
