import { editableUntil, handleOf, isEditable, mentionedHandles } from './note.policy';

describe('note policy', () => {
  it('reads mentions by the local part of the address, each once, not inside an e-mail address', () => {
    expect(mentionedHandles('Gebeld met kandidaat, @p.jansen en @Anna_de-Vries weten het. Mail naar kandidaat@voorbeeld.nl. @p.jansen.')).toEqual([
      'p.jansen',
      'anna_de-vries',
    ]);
    expect(mentionedHandles('geen vermelding @ hier')).toEqual([]);
    expect(handleOf('P.Jansen@Flevowijs.nl')).toBe('p.jansen');
  });

  it('lets only the author change a note, and only within 24 hours', () => {
    const createdAt = new Date('2026-03-02T09:00:00Z');
    const note = { authorId: 'a', createdAt };
    expect(editableUntil(createdAt)).toEqual(new Date('2026-03-03T09:00:00Z'));
    expect(isEditable(note, 'a', new Date('2026-03-03T08:59:59Z'))).toBe(true);
    expect(isEditable(note, 'a', new Date('2026-03-03T09:00:00Z'))).toBe(false);
    expect(isEditable(note, 'b', new Date('2026-03-02T10:00:00Z'))).toBe(false);
    expect(isEditable(note, null, new Date('2026-03-02T10:00:00Z'))).toBe(false);
  });
});
