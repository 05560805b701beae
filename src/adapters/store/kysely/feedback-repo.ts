import type { Kysely, Selectable } from 'kysely';
import type {
  FeedbackOutcome,
  FeedbackQuery,
  FeedbackRating,
  FeedbackRecord,
  NewFeedback,
} from '../../../app/ports/index.js';
import type { FeedbackTable, StoreDatabase } from './schema.js';
import { optionalInt, requireText, toFeedbackRow, toIsoInstant } from './store-input.js';

const MAX_LIMIT = 1_000_000;

function toFeedbackRecord(row: Selectable<FeedbackTable>): FeedbackRecord {
  return {
    id: Number(row.id),
    subjectId: row.subject_id,
    profile: JSON.parse(row.profile_json) as unknown,
    code: row.code,
    rating: row.rating as FeedbackRating | null,
    outcome: row.outcome as FeedbackOutcome | null,
    modelVersion: row.model_version,
    createdAt: row.created_at,
  };
}

/** Validates and inserts one feedback event, returning it as stored. */
export async function insertFeedback(
  db: Kysely<StoreDatabase>,
  event: NewFeedback,
): Promise<FeedbackRecord> {
  const row = toFeedbackRow(event);
  const inserted = await db
    .insertInto('feedback')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return toFeedbackRecord({ ...row, id: inserted.id });
}

/** Feedback events in id order, filtered by `since` / `afterId` and capped by `limit`. */
export async function selectFeedback(
  db: Kysely<StoreDatabase>,
  query: FeedbackQuery = {},
): Promise<FeedbackRecord[]> {
  const since = query.since === undefined ? undefined : toIsoInstant(query.since, 'since');
  const afterId = optionalInt(query.afterId, 'afterId', 0, Number.MAX_SAFE_INTEGER);
  const limit = optionalInt(query.limit, 'limit', 1, MAX_LIMIT);
  let q = db.selectFrom('feedback').selectAll().orderBy('id', 'asc');
  if (since !== undefined) q = q.where('created_at', '>=', since);
  if (afterId !== undefined) q = q.where('id', '>', afterId);
  if (limit !== undefined) q = q.limit(limit);
  const rows = await q.execute();
  return rows.map(toFeedbackRecord);
}

/** Number of feedback events, optionally for one code (pg returns COUNT as a string). */
export async function countFeedbackRows(
  db: Kysely<StoreDatabase>,
  filter: { readonly code?: string } = {},
): Promise<number> {
  let q = db.selectFrom('feedback').select((eb) => eb.fn.countAll<number | string>().as('n'));
  if (filter.code !== undefined) q = q.where('code', '=', filter.code);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deletes all events of one subject and returns how many were removed. */
export async function deleteFeedbackOfSubject(
  db: Kysely<StoreDatabase>,
  subjectId: string,
): Promise<number> {
  const result = await db
    .deleteFrom('feedback')
    .where('subject_id', '=', requireText(subjectId, 'subjectId'))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
