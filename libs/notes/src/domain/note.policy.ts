/** What a note records: a note, or a contact moment with the candidate of one of these kinds. */
export const NOTE_KINDS = ['note', 'phone_call', 'conversation', 'email', 'information_meeting'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const NOTE_KIND_LABELS: Readonly<Record<NoteKind, string>> = {
  note: 'Notitie',
  phone_call: 'Telefoongesprek',
  conversation: 'Gesprek',
  email: 'E-mail',
  information_meeting: 'Informatiebijeenkomst',
};

/** The longest text a note may have. */
export const NOTE_TEXT_MAX = 4000;

/** How long after writing its author may still change or delete a note. */
export const NOTE_EDIT_HOURS = 24;

/** Who a note is visible to besides the desk: the organisation of its author. */
export type NoteParty = { kind: 'desk'; id: null } | { kind: 'board'; id: string } | { kind: 'coach'; id: string };

export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + NOTE_EDIT_HOURS * 3600_000);
}

/** The author may change or delete the note until 24 hours after writing it. */
export function isEditable(note: { authorId: string; createdAt: Date }, userId: string | null, now: Date): boolean {
  return userId !== null && note.authorId === userId && now.getTime() < editableUntil(note.createdAt).getTime();
}

/*
 * A mention is `@` followed by the part before the `@` of the colleague's e-mail address
 * (`@p.jansen` for p.jansen@flevowijs.nl), case-insensitive. Not after a letter, digit, dot or `@`,
 * so an e-mail address written in the note mentions nobody; a dot that ends the sentence is not part of it.
 */
const MENTION = /(?<![\p{L}\p{N}._%+-@])@([a-z0-9](?:[a-z0-9._%+-]*[a-z0-9_%+-])?)/giu;

/** The handles mentioned in the text, lower case, each once, in order of appearance. */
export function mentionedHandles(text: string): string[] {
  const handles = [...text.matchAll(MENTION)].map((match) => match[1].toLowerCase());
  return [...new Set(handles)];
}

/** The handle a user is mentioned by: the local part of their e-mail address. */
export function handleOf(email: string): string {
  const at = email.lastIndexOf('@');
  return (at < 0 ? email : email.slice(0, at)).toLowerCase();
}
