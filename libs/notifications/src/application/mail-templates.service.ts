import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, ValidationFailedError, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { exampleValues, renderMail, templateProblems, type MailTemplateDefinition, type PlaceholderValues, type RenderedMail } from '../domain/mail-template';
import { MailTemplateRepository, type MailTemplateOverride } from '../persistence/mail-template.repository';
import { MailTemplateRegistry } from './mail-template.registry';

/** A mail kind as the administrators' page shows it: the text in use, the default, and what may be filled in. */
export interface MailTemplateView {
  kind: string;
  label: string;
  recipient: string;
  subject: string;
  body: string;
  defaultSubject: string;
  defaultBody: string;
  placeholders: { name: string; description: string; example: string; required: boolean }[];
  /** An administrator's text is in use (not the default). */
  customised: boolean;
  updatedAt: Date | null;
}

export interface MailText {
  subject: string;
  body: string;
}

/**
 * The texts of the mails (issue 16, item 5): rendering uses an administrator's text when there is
 * one and the default otherwise; saving refuses a placeholder the mail does not know (400 naming
 * it); saving and going back to the default are audited.
 */
@Injectable()
export class MailTemplates {
  constructor(
    private readonly registry: MailTemplateRegistry,
    private readonly overrides: MailTemplateRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The mail of this kind with these values, in the text in use now. */
  async render(kind: string, values: PlaceholderValues): Promise<RenderedMail> {
    const definition = this.definition(kind);
    const override = await this.overrides.find(kind);
    return renderMail(override ?? definition, values);
  }

  list(): Promise<MailTemplateView[]> {
    return this.overrides.all().then((rows) => {
      const byKind = new Map(rows.map((row) => [row.kind, row]));
      return this.registry
        .all()
        .map((definition) => view(definition, byKind.get(definition.kind) ?? null))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
    });
  }

  async get(kind: string): Promise<MailTemplateView> {
    const definition = this.definition(kind);
    return view(definition, await this.overrides.find(kind));
  }

  /** The text filled in with the template's example values; refused like a save when it names an unknown placeholder. */
  preview(kind: string, text: MailText): RenderedMail {
    const definition = this.definition(kind);
    assertValid(definition, text);
    return renderMail(text, exampleValues(definition));
  }

  async save(actor: Actor, kind: string, text: MailText): Promise<MailTemplateView> {
    const definition = this.definition(kind);
    assertValid(definition, text);
    await this.unitOfWork.run(async () => {
      await this.overrides.save(kind, text, actor.userId, this.clock.now());
      await this.audit.record(actor, { entity: 'mail_template', entityId: kind, action: 'update', changedFields: ['subject', 'body'] });
    });
    return this.get(kind);
  }

  /** Back to the default text; without an override nothing changes (and nothing is audited). */
  async reset(actor: Actor, kind: string): Promise<MailTemplateView> {
    this.definition(kind);
    await this.unitOfWork.run(async () => {
      if (await this.overrides.remove(kind)) {
        await this.audit.record(actor, { entity: 'mail_template', entityId: kind, action: 'reset_to_default', changedFields: ['subject', 'body'] });
      }
    });
    return this.get(kind);
  }

  private definition(kind: string): MailTemplateDefinition {
    const definition = this.registry.find(kind);
    if (!definition) throw new NotFoundError('mail_template');
    return definition;
  }
}

function assertValid(definition: MailTemplateDefinition, text: MailText): void {
  const problems = templateProblems(definition, text);
  if (problems.length > 0) throw new ValidationFailedError(problems, problems[0].message);
}

function view(definition: MailTemplateDefinition, override: MailTemplateOverride | null): MailTemplateView {
  return {
    kind: definition.kind,
    label: definition.label,
    recipient: definition.recipient,
    subject: override?.subject ?? definition.subject,
    body: override?.body ?? definition.body,
    defaultSubject: definition.subject,
    defaultBody: definition.body,
    placeholders: Object.entries(definition.placeholders).map(([name, placeholder]) => ({
      name,
      description: placeholder.description,
      example: placeholder.example,
      required: placeholder.required ?? false,
    })),
    customised: override !== null,
    updatedAt: override?.updatedAt ?? null,
  };
}
