import { writeFile } from 'node:fs/promises';
import type { IncomingDocument } from '@app/candidates';
import type { StorageService } from '@app/infra';

/**
 * The documents every demo candidate applies with: the small valid PDF and DOCX of test/fixtures,
 * carried here as bytes because the built product holds no test files.
 */
const MOTIVATION_LETTER_PDF = Buffer.from(
  'JVBERi0xLjQKMSAwIG9iaiA8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4gZW5kb2JqCjIgMCBvYmogPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4gZW5kb2JqCjMgMCBvYmogPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCAyMDAgMjAwXSA+PiBlbmRvYmoKdHJhaWxlciA8PCAvUm9vdCAxIDAgUiA+PgolJUVPRgo=',
  'base64',
);

const CV_DOCX = Buffer.from(
  'UEsDBBQAAAAIAA5Sdl2axphxygAAADoBAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbH1QzU7DMAx+lShX1LrjgBBquwODI3AYD2AlbhfR2FGSjfH2uAztwIGj/f3a/fYcF3OiXILwYDdtZw2xEx94Huz7/rm5t9ux338lKkapXAZ7qDU9ABR3oIillUSsyCQ5YtUxz5DQfeBMcNt1d+CEK3Ft6uphx35HEx6Xap7Our7EqtyaxwtvjRosprQEh1VhWFEY+1dtmYMn84a5vmBUFnxK9uDFHaMq2/9tTuz/dG1kmoKjq351S1kclaLnx6W9IhED3/z2gJ9njN9QSwMEFAAAAAgADlJ2XRLhH7uYAAAAyAAAABEAAAB3b3JkL2RvY3VtZW50LnhtbEWOTQ7CIBCFr0LYW6oLY0h/FiaeQA+AgC1JhyEDtHp7oS7cfC/z3szLdOMbFrZaig59z49Ny5n1Go3zU88f99vhwseh26RBncH6xMq+j3Lr+ZxSkEJEPVtQscFgfcleSKBSGWkSG5IJhNrGWOpgEae2PQtQzvNa+UTzqRoqqCIN10zkdF4ysNUlZTtR3UraGXb+LsX/q+ELUEsBAhQDFAAAAAgADlJ2XZrGmHHKAAAAOgEAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACAAOUnZdEuEfu5gAAADIAAAAEQAAAAAAAAAAAAAAgAH7AAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAIAAgCAAAAAwgEAAAAA',
  'base64',
);

/** Puts a motivation letter (PDF) and a CV (DOCX) in the incoming area, as the public form's upload does. */
export async function demoDocuments(storage: StorageService, lastName: string): Promise<IncomingDocument[]> {
  const name = lastName.replace(/\s+/g, '-').toLowerCase();
  const letter = await storage.incomingPath();
  await writeFile(letter, MOTIVATION_LETTER_PDF);
  const cv = await storage.incomingPath();
  await writeFile(cv, CV_DOCX);
  return [
    { field: 'motivationLetter', path: letter, fileName: `motivatiebrief-${name}.pdf`, sizeBytes: MOTIVATION_LETTER_PDF.length },
    { field: 'cv', path: cv, fileName: `cv-${name}.docx`, sizeBytes: CV_DOCX.length },
  ];
}
