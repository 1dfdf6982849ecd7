import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotesReader, NotesService } from '@app/notes';
import type { Principal } from '@app/accounts';
import { CurrentPrincipal, Roles } from '../http/auth.decorators';
import { ApiErrorResponses } from '../http/error.response';
import { NoteRequest } from './note.request';
import { NoteResponse } from './note.response';

/**
 * Notes and contact moments on a candidate (issue 16 item 1). Anyone who may see the candidate
 * reads the notes their organisation may read (the desk all of them); the desk, coaches and
 * boards write; the author changes or deletes within 24 hours.
 */
@ApiTags('notes')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('candidates/:id/notes')
export class NotesController {
  constructor(
    private readonly reader: NotesReader,
    private readonly notes: NotesService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [NoteResponse] })
  @ApiErrorResponses(404)
  list(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.reader.list(principal, id);
  }

  @Post()
  @Roles('staff', 'admin', 'coach', 'board')
  @ApiCreatedResponse({ type: NoteResponse })
  @ApiErrorResponses(400, 404, 422)
  create(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() request: NoteRequest) {
    return this.notes.create(principal, id, request);
  }

  @Patch(':noteId')
  @Roles('staff', 'admin', 'coach', 'board')
  @ApiOkResponse({ type: NoteResponse })
  @ApiErrorResponses(400, 403, 404, 409, 422)
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Param('noteId') noteId: string, @Body() request: NoteRequest) {
    return this.notes.update(principal, id, noteId, request);
  }

  @Delete(':noteId')
  @Roles('staff', 'admin', 'coach', 'board')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrorResponses(403, 404, 409)
  async remove(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Param('noteId') noteId: string): Promise<void> {
    await this.notes.remove(principal, id, noteId);
  }
}
