import { writeFileSync } from 'node:fs';
import { documentWithEventTable, eventTableDocument } from './event-table';

documentWithEventTable()
  .then((text) => {
    writeFileSync(eventTableDocument, text);
    console.log(`Wrote the event table of ${eventTableDocument}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
