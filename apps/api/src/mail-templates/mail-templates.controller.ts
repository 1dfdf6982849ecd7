import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MailTemplates } from '@app/notifications';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { MailTemplateTextRequest } from './mail-template.request';
import { MailPreviewResponse, MailTemplateResponse } from './mail-template.response';

/** Administrators edit the Dutch text of the mails the product sends (issue 16, item 5); every change is audited. */
@ApiTags('mail-templates')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Roles('admin')
@Controller('mail-templates')
export class MailTemplatesController {
  constructor(private readonly templates: MailTemplates) {}

  /** Every mail kind whose text may be edited, with the text in use, the default and its placeholders. */
  @Get()
  @ApiOkResponse({ type: [MailTemplateResponse] })
  list() {
    return this.templates.list();
  }

  @Get(':kind')
  @ApiOkResponse({ type: MailTemplateResponse })
  @ApiErrorResponses(404)
  get(@Param('kind') kind: string) {
    return this.templates.get(kind);
  }

  /** Uses this text from now on; a placeholder the mail does not know is refused with 400 naming it. */
  @Put(':kind')
  @ApiOkResponse({ type: MailTemplateResponse })
  @ApiErrorResponses(400, 404)
  save(@CurrentPrincipal() principal: Principal, @Param('kind') kind: string, @Body() request: MailTemplateTextRequest) {
    return this.templates.save(principal, kind, request);
  }

  /** Back to the default text. */
  @Delete(':kind')
  @ApiOkResponse({ type: MailTemplateResponse })
  @ApiErrorResponses(404)
  reset(@CurrentPrincipal() principal: Principal, @Param('kind') kind: string) {
    return this.templates.reset(principal, kind);
  }

  /** The text filled in with example data, without saving it; refused like a save. */
  @Post(':kind/preview')
  @HttpCode(200)
  @ApiOkResponse({ type: MailPreviewResponse })
  @ApiErrorResponses(400, 404)
  preview(@Param('kind') kind: string, @Body() request: MailTemplateTextRequest) {
    return this.templates.preview(kind, request);
  }
}
