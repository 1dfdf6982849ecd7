/**
 * The text of one kind of mail, with named placeholders (`{voornaam}`) that are filled in when it
 * is sent. Each module declares the defaults of its own mails; administrators may override the
 * subject and body (issue 16, item 5). Pure: no I/O.
 */
export interface MailTemplateDefinition {
  /** Stable key, e.g. `application_confirmation`. */
  kind: string;
  /** What the mail is, in Dutch, for the administrators' page. */
  label: string;
  /** Who receives it, in Dutch (`kandidaat`). */
  recipient: string;
  subject: string;
  body: string;
  placeholders: Record<string, MailPlaceholder>;
}

export interface MailPlaceholder {
  /** What it stands for, in Dutch. */
  description: string;
  /** The value the preview shows. */
  example: string;
  /** The mail is useless without it (a one-time link): a text without it is refused. */
  required?: boolean;
}

export type PlaceholderValues = Record<string, string>;

export interface RenderedMail {
  title: string;
  body: string;
}

/** Anything in braces that looks like a name is meant as a placeholder: `{voornaam}`, and also the typo `{Voornaam}`. */
const PLACEHOLDER = /\{([^{}\s]{1,60})\}/g;

/** The placeholder names a text uses, each once, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/** What is wrong with an administrator's text: placeholders the mail does not know, and required ones left out. */
export function templateProblems(
  definition: MailTemplateDefinition,
  text: { subject: string; body: string },
): { field: 'subject' | 'body'; message: string }[] {
  const problems: { field: 'subject' | 'body'; message: string }[] = [];
  const known = Object.keys(definition.placeholders);
  for (const field of ['subject', 'body'] as const) {
    const unknown = placeholdersIn(text[field]).filter((name) => !Object.hasOwn(definition.placeholders, name));
    if (unknown.length > 0) {
      const label = field === 'subject' ? 'Onderwerp' : 'Tekst';
      const names = unknown.map((name) => `{${name}}`).join(', ');
      const offered = known.length > 0 ? known.map((name) => `{${name}}`).join(', ') : 'geen';
      problems.push({ field, message: `${label} bevat een onbekende invulplek: ${names}. Deze mail kent: ${offered}.` });
    }
  }
  const used = new Set([...placeholdersIn(text.subject), ...placeholdersIn(text.body)]);
  const missing = Object.entries(definition.placeholders).filter(([name, placeholder]) => placeholder.required && !used.has(name));
  if (missing.length > 0) {
    problems.push({ field: 'body', message: `Tekst moet ${missing.map(([name]) => `{${name}}`).join(' en ')} bevatten; zonder werkt deze mail niet.` });
  }
  return problems;
}

/** Fills in the placeholders in one pass: a value that itself holds braces is not filled in again. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : whole));
}

/** The mail from a text (the default, or an administrator's) and its values. */
export function renderMail(text: { subject: string; body: string }, values: PlaceholderValues): RenderedMail {
  return { title: fillPlaceholders(text.subject, values), body: fillPlaceholders(text.body, values) };
}

/** The example values of a template, for the preview. */
export function exampleValues(definition: MailTemplateDefinition): PlaceholderValues {
  return Object.fromEntries(Object.entries(definition.placeholders).map(([name, placeholder]) => [name, placeholder.example]));
}

/** The greeting and signature every candidate mail shares. */
export const MAIL_SIGNATURE = ['', 'Met vriendelijke groet,', 'Flevowijs — zij-instroom primair onderwijs'];
