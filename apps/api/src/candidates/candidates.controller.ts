import { applyDecorators, Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { StorageService } from '@app/infra';
import { CandidateDocumentsService, CandidateReader, CandidateStageService } from '@app/candidates';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { ApiIfMatchHeader, entityTag, versionFromIfMatch } from '../http/entity-tag';
import { CandidateColumnsResponse, CandidateDetailResponse, CandidatePageResponse, StageCountsResponse, StageHistoryEntryResponse } from './candidate.response';
import { CandidateColumnsRequest, CandidateListRequest, EmptyRequest, RejectRequest, WithdrawRequest } from './candidate.request';

/** The media types of stored documents (document.policy.ts), sent as they are. */
const DOCUMENT_CONTENT = Object.fromEntries(
  ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'].map((mediaType) => [
    mediaType,
    { schema: { type: 'string', format: 'binary' } },
  ]),
);

const ETAG_HEADER = { ETag: { description: "The candidate's version, to send back in If-Match.", schema: { type: 'string', example: '"3"' } } };

/** A desk command on a candidate's stage: answers the candidate as it is after the move, with its new ETag. */
const StageCommand = (path: 'screening' | 'reject' | 'withdraw') =>
  applyDecorators(
    Roles('staff', 'admin'),
    Post(`:id/${path}`),
    HttpCode(200),
    ApiIfMatchHeader(),
    ApiOkResponse({ type: CandidateDetailResponse, headers: ETAG_HEADER }),
    ApiErrorResponses(400, 404, 409, 412, 422),
  );

@ApiTags('candidates')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly candidates: CandidateReader,
    private readonly stages: CandidateStageService,
    private readonly documents: CandidateDocumentsService,
    private readonly storage: StorageService,
  ) {}

  @Get()
  @ApiOkResponse({ type: CandidatePageResponse })
  @ApiErrorResponses(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: CandidateListRequest) {
    return this.candidates.list(principal, { ...query, limit: query.limit ?? 50, withTotal: query.withTotal === 'true' });
  }

  @Get('summary')
  @ApiOkResponse({ type: StageCountsResponse })
  async summary(@CurrentPrincipal() principal: Principal) {
    return { counts: await this.candidates.stageCounts(principal) };
  }

  /** The pipeline columns: every stage with its count and newest candidates, in one request. */
  @Get('columns')
  @ApiOkResponse({ type: CandidateColumnsResponse })
  @ApiErrorResponses(400)
  async columns(@CurrentPrincipal() principal: Principal, @Query() query: CandidateColumnsRequest) {
    return { columns: await this.candidates.columns(principal, { ...query, perStage: query.perStage ?? 8 }) };
  }

  @Get(':id')
  @ApiOkResponse({ type: CandidateDetailResponse, headers: ETAG_HEADER })
  @ApiErrorResponses(404)
  async get(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return withEntityTag(reply, await this.candidates.get(principal, id));
  }

  @Get(':id/history')
  @ApiOkResponse({ type: [StageHistoryEntryResponse] })
  @ApiErrorResponses(404)
  history(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.candidates.history(principal, id);
  }

  @Get(':id/documents/:documentId')
  @ApiOkResponse({ description: 'The document as uploaded, as an attachment named with the extension of its detected type.', content: DOCUMENT_CONTENT })
  @ApiErrorResponses(404)
  async download(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Param('documentId') documentId: string, @Res() reply: FastifyReply) {
    const document = await this.documents.download(principal, id, documentId);
    await reply
      .header('Content-Type', document.mediaType)
      .header('Content-Disposition', attachment(document.fileName))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'no-store')
      .send(this.storage.open(document.storageKey));
  }

  @StageCommand('screening')
  async screening(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() _: EmptyRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const candidate = await this.stages.runDeskCommand(principal, id, 'screening', null, versionFromIfMatch(ifMatch));
    return withEntityTag(reply, candidate);
  }

  @StageCommand('reject')
  async reject(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() request: RejectRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const candidate = await this.stages.runDeskCommand(principal, id, 'reject', request.reason, versionFromIfMatch(ifMatch));
    return withEntityTag(reply, candidate);
  }

  @StageCommand('withdraw')
  async withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() request: WithdrawRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const candidate = await this.stages.runDeskCommand(principal, id, 'withdraw', request.reason ?? null, versionFromIfMatch(ifMatch));
    return withEntityTag(reply, candidate);
  }
}

/** The answer with the candidate's version as its ETag (not cached: the page refetches it). */
function withEntityTag<T extends { version: number }>(reply: FastifyReply, candidate: T): T {
  void reply.header('ETag', entityTag(candidate.version));
  return candidate;
}

/**
 * RFC 6266: a plain ASCII `filename` for old clients (anything else, quotes, backslashes and `%`
 * become `_`) and the real name as RFC 5987 `filename*`, percent-encoding what attr-char excludes.
 */
function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
