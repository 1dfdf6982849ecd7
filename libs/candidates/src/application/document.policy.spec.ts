import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
