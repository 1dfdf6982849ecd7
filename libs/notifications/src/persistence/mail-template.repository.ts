import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

export interface MailTemplateOverride {
  kind: string;
  subject: string;
  body: string;
  updatedAt: Date;
}

/** The administrators' own texts (mail_templates): one row per mail kind that differs from its default. */
@Injectable()
export class MailTemplateRepository {
  constructor(private readonly database: Database) {}

  async find(kind: string): Promise<MailTemplateOverride | null> {
    const [row] = await this.database.query<MailTemplateOverride>(`SELECT kind, subject, body, updated_at AS "updatedAt" FROM mail_templates WHERE kind = $1`, [
      kind,
    ]);
    return row ?? null;
  }

  all(): Promise<MailTemplateOverride[]> {
    return this.database.query<MailTemplateOverride>(`SELECT kind, subject, body, updated_at AS "updatedAt" FROM mail_templates`);
  }

  async save(kind: string, text: { subject: string; body: string }, by: string | null, at: Date): Promise<void> {
    await this.database.query(
      `INSERT INTO mail_templates (kind, subject, body, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind) DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body, updated_at = EXCLUDED.updated_at,
         updated_by = EXCLUDED.updated_by, version = mail_templates.version + 1`,
      [kind, text.subject, text.body, at, by],
    );
  }

  /** True when there was an override to remove. */
  async remove(kind: string): Promise<boolean> {
    const rows = await this.database.query(`DELETE FROM mail_templates WHERE kind = $1 RETURNING kind`, [kind]);
    return rows.length > 0;
  }
}
