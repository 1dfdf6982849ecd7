import { Injectable } from '@nestjs/common';
import type { MailTemplateDefinition } from '../domain/mail-template';

/**
 * The mail kinds whose text administrators may edit. Each module registers the defaults of its own
 * mails when it is built (its module class's constructor), so the list is complete in the API and
 * in the worker alike; registering one kind twice is a programming error.
 */
@Injectable()
export class MailTemplateRegistry {
  private readonly definitions = new Map<string, MailTemplateDefinition>();

  register(definitions: readonly MailTemplateDefinition[]): void {
    for (const definition of definitions) {
      const known = this.definitions.get(definition.kind);
      if (known && known !== definition) throw new Error(`Mail template ${definition.kind} is registered twice`);
      this.definitions.set(definition.kind, definition);
    }
  }

  find(kind: string): MailTemplateDefinition | null {
    return this.definitions.get(kind) ?? null;
  }

  all(): MailTemplateDefinition[] {
    return [...this.definitions.values()];
  }
}
