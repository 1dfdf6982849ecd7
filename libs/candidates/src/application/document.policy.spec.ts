import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDocx } from '../../../../test/support/zip-writer';
import { MAX_DOCUMENT_BYTES, inspectDocument } from './document.policy';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function inspectFixture(name: string) {
  const path = join(FIXTURES, name);
  return inspectDocument(path, statSync(path).size);
}

describe('document policy (R2)', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'document-policy-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('accepts a PDF by its content', async () => {
    expect(await inspectFixture('motivatiebrief.pdf')).toEqual({ accepted: true, mediaType: 'application/pdf' });
  });

  it('accepts a Word document by its content', async () => {
    expect(await inspectFixture('cv.docx')).toEqual({ accepted: true, mediaType: DOCX });
  });

  it('judges by content, not by name: a PDF called .docx is a PDF', async () => {
    const path = join(directory, 'brief.docx');
    await copyFile(join(FIXTURES, 'motivatiebrief.pdf'), path);
    expect(await inspectDocument(path, statSync(path).size)).toEqual({ accepted: true, mediaType: 'application/pdf' });
  });

  it.each([
    ['program.exe.pdf', /PDF- of Word/],
    ['page.html.pdf', /PDF- of Word/],
    ['not-a-docx.docx', /PDF- of Word/],
    ['zip-bomb.docx', /gecomprimeerd/],
  ])('refuses %s with a reason in Dutch', async (name, reason) => {
    const verdict = await inspectFixture(name);
    expect(verdict.accepted).toBe(false);
    if (!verdict.accepted) expect(verdict.reason).toMatch(reason);
  });

  it('refuses an empty file', async () => {
    const path = join(directory, 'leeg.pdf');
    await writeFile(path, '');
    expect(await inspectDocument(path, 0)).toEqual({ accepted: false, reason: 'Het bestand is leeg.' });
  });

  it('refuses more than 10 MB and accepts exactly 10 MB', async () => {
    const path = join(directory, 'groot.pdf');
    await writeFile(path, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_DOCUMENT_BYTES - 9, 0x20)]));
    expect(MAX_DOCUMENT_BYTES).toBe(10 * 1024 * 1024);
    expect(await inspectDocument(path, MAX_DOCUMENT_BYTES)).toEqual({ accepted: true, mediaType: 'application/pdf' });
    expect(await inspectDocument(path, MAX_DOCUMENT_BYTES + 1)).toEqual({ accepted: false, reason: 'Het bestand is groter dan 10 MB.' });
  });

  it('refuses a zip that is cut off as damaged', async () => {
    const path = join(directory, 'kapot.docx');
    const cv = await readFile(join(FIXTURES, 'cv.docx'));
    await writeFile(path, cv.subarray(0, 100));
    const verdict = await inspectDocument(path, 100);
    expect(verdict.accepted).toBe(false);
  });

  async function inspectBytes(name: string, content: Buffer) {
    const path = join(directory, name);
    await writeFile(path, content);
    return inspectDocument(path, content.length);
  }

  const images = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `word/media/image${index}.png`, data: Buffer.from([index % 256]) }));

  it('refuses a DOCX with thousands of entries, closing nothing twice', async () => {
    // Before: yauzl's close() closed the descriptor and the finally closed it again: EBADF (a 500).
    const verdict = await inspectBytes('veel.docx', writeDocx({ extra: images(3000) }));
    expect(verdict).toEqual({ accepted: false, reason: expect.stringMatching(/veel onderdelen/) });
  });

  it('accepts a DOCX with many, but not too many, entries', async () => {
    expect(await inspectBytes('redelijk.docx', writeDocx({ extra: images(500) }))).toEqual({ accepted: true, mediaType: DOCX });
  });

  it('refuses a DOCX whose document inflates far beyond what its directory claims', async () => {
    // Before: accepted, since only the claimed sizes (1 kB here) were added up.
    const document = { name: 'word/document.xml', data: Buffer.alloc(50 * 1024 * 1024, 0x41), claimedSize: 1024 };
    const verdict = await inspectBytes('liegt.docx', writeDocx({ document }));
    expect(verdict).toEqual({ accepted: false, reason: expect.stringMatching(/gecomprimeerd/) });
  });

  it('refuses a DOCX whose deflated data is broken', async () => {
    const content = writeDocx();
    const broken = Buffer.from(content);
    broken.fill(0xff, 30 + '[Content_Types].xml'.length, 30 + '[Content_Types].xml'.length + 20);
    expect(await inspectBytes('kapot-binnenin.docx', broken)).toEqual({ accepted: false, reason: 'Het Word-bestand is beschadigd.' });
  });
});
