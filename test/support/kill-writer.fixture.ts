// Child process for the SIGKILL durability test: writes feedback forever and prints each id
// only after recordFeedback resolved, i.e. after the write was acknowledged.
import { createSqliteStore } from '../../src/adapters/store/sqlite/create-sqlite-store.js';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: kill-writer.fixture.ts <file>');
const store = await createSqliteStore({ file });
for (let i = 0; ; i += 1) {
  const saved = await store.recordFeedback({
    subjectId: `s${i}`,
    profile: { i },
    code: '15-1252.00',
    rating: 'up',
    modelVersion: 'm1',
    createdAt: '2025-03-01T10:00:00Z',
  });
  process.stdout.write(`${saved.id}\n`);
}
