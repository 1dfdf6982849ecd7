import { ApiOkResponse, type SchemaObject } from '@nestjs/swagger';
import { REGIONS } from '@app/shared';
import { STAGE_COMMANDS, STAGES } from '@app/candidates';

/** The OpenAPI description of the candidate answers (candidate.views.ts). */
type JsonSchema = SchemaObject;

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

const LIST_ITEM: JsonSchema = { type: 'object', properties: listItemProperties };

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
};

const CANDIDATE_PAGE: JsonSchema = {
  type: 'object',
  properties: {
    items: { type: 'array', items: LIST_ITEM },
    nextCursor: optional({ type: 'string', description: 'Pass as `cursor` for the next page; null on the last page.' }),
  },
};

const CANDIDATE_DETAIL: JsonSchema = {
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
};

export const CandidatePageResponse = () => ApiOkResponse({ schema: CANDIDATE_PAGE });
export const CandidateDetailResponse = () => ApiOkResponse({ schema: CANDIDATE_DETAIL });
