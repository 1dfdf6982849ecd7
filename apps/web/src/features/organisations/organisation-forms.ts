import { z } from 'zod';
import type { Region, RequestBody } from '../../api/models';
import { REGIONS } from '../../shared/labels';

const text = (message: string) => z.string().trim().min(1, message);

export const boardSchema = z.object({
  name: text('Vul de naam van het bestuur in.'),
  region: z.enum(REGIONS as [Region, ...Region[]], 'Kies een regio.'),
  joinedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul de datum van toetreding in.'),
}) satisfies z.ZodType<RequestBody<'CreateBoardRequest'>>;

export const schoolSchema = z.object({
  name: text('Vul de naam van de school in.'),
  city: text('Vul de plaats in.'),
}) satisfies z.ZodType<RequestBody<'CreateSchoolRequest'>>;

export const instituteSchema = z.object({
  name: text('Vul de naam van de opleiding in.'),
}) satisfies z.ZodType<RequestBody<'CreateInstituteRequest'>>;

export const renameSchema = z.object({
  name: text('Vul een naam in.'),
}) satisfies z.ZodType<RequestBody<'UpdateOrganisationRequest'>>;
