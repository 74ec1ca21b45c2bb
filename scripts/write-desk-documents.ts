import { writeFileSync } from 'node:fs';
import { deskDocumentsFile, deskDocumentsSource } from './desk-documents';

writeFileSync(deskDocumentsFile, deskDocumentsSource());
console.log(`Wrote ${deskDocumentsFile}`);
