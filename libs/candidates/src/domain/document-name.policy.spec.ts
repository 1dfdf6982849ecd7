import { safeDocumentName } from './document-name.policy';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('document names (R2): the base name, made safe, with the extension of the detected type', () => {
  it.each([
    ['cv\u202efdp.exe', PDF, 'cv-fdp.pdf'],
    ['poly.html', PDF, 'poly.pdf'],
    ['evil.pdf.exe', PDF, 'evil.pdf'],
    ['evil.PDF.exe', PDF, 'evil.pdf'],
    ['../../etc/passwd.pdf', PDF, 'passwd.pdf'],
    ['C:\\Users\\sanne\\cv.docx', DOCX, 'cv.docx'],
    ['motivatiebrief.pdf', PDF, 'motivatiebrief.pdf'],
    ['cv.docx', PDF, 'cv.pdf'],
    ['Mijn cv v1.3', DOCX, 'Mijn cv v1.3.docx'],
    ['brief\u0000\u0007\u0085 (1).pdf', PDF, 'brief- (1).pdf'],
    ['a\u2066b\u2069c\u200e\u200f.pdf', PDF, 'a-b-c.pdf'],
    ['naam "met" <tekens>|?*.pdf', PDF, 'naam -met- -tekens.pdf'],
    ['cv.pdf\n', PDF, 'cv.pdf'],
    ['\ud800cv.pdf', PDF, 'cv.pdf'],
    ['Sollicitatie Zoë.docx', DOCX, 'Sollicitatie Zoë.docx'],
    ['.pdf', PDF, 'document.pdf'],
    ['\u202e', DOCX, 'document.docx'],
    ['', PDF, 'document.pdf'],
  ])('%j as %s → %j', (sent, mediaType, expected) => {
    expect(safeDocumentName(sent, mediaType)).toBe(expected);
  });

  it('keeps at most 120 characters of the base name, and changes nothing when applied again', () => {
    const name = safeDocumentName(`${'ä'.repeat(300)}.exe`, PDF);
    expect(name).toBe(`${'ä'.repeat(120)}.pdf`);
    for (const sent of ['cv\u202efdp.exe', 'evil.pdf.exe', 'brief\u0000 (1).pdf', name]) {
      const once = safeDocumentName(sent, PDF);
      expect(safeDocumentName(once, PDF)).toBe(once);
    }
  });
});
