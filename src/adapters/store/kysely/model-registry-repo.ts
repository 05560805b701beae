import type { Kysely } from 'kysely';
import { AppError } from '../../../errors.js';
import type {
  ModelDecision,
  ModelDecisionInput,
  ModelSummary,
  NewModel,
  StoredModel,
} from '../../../app/ports/index.js';
import type { StoreDatabase } from './schema.js';
import { optionalInt, requireText, toIsoInstant, toJsonText } from './store-input.js';

const MAX_REASON = 4000;

function decisionRow(version: string, decision: ModelDecisionInput, activated: boolean) {
  return {
    version: requireText(version, 'version'),
    activated: activated ? 1 : 0,
    reason: requireText(decision.reason, 'reason', MAX_REASON),
    metrics_json: toJsonText(decision.metrics, 'metrics'),
    decided_at: toIsoInstant(decision.decidedAt, 'decidedAt'),
  };
}

/** Inserts a new model version; an existing version is rejected, never overwritten. */
export async function insertModel(db: Kysely<StoreDatabase>, model: NewModel): Promise<void> {
  const version = requireText(model.version, 'version');
  const result = await db
    .insertInto('models')
    .values({
      version,
      artifact_json: toJsonText(model.artifact, 'artifact'),
      metrics_json: toJsonText(model.metrics, 'metrics'),
      created_at: toIsoInstant(model.createdAt, 'createdAt'),
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Model version ${version} already exists; versions are immutable, so save under a new version.`,
      { field: 'version' },
    );
  }
}

/** All models without artifacts, newest first (ties by version, descending). */
export async function selectModels(db: Kysely<StoreDatabase>): Promise<ModelSummary[]> {
  const rows = await db
    .selectFrom('models as m')
    .leftJoin('active_model as a', 'a.version', 'm.version')
    .select(['m.version', 'm.metrics_json', 'm.created_at', 'a.slot'])
    .orderBy('m.created_at', 'desc')
    .orderBy('m.version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    metrics: JSON.parse(r.metrics_json) as unknown,
    createdAt: r.created_at,
    active: r.slot !== null,
  }));
}

/** One model with its artifact; `activeOnly` selects the active one instead of by version. */
export async function selectModel(
  db: Kysely<StoreDatabase>,
  which: { readonly version: string } | { readonly activeOnly: true },
): Promise<StoredModel | null> {
  let q = db
    .selectFrom('models as m')
    .leftJoin('active_model as a', 'a.version', 'm.version')
    .select(['m.version', 'm.artifact_json', 'm.metrics_json', 'm.created_at', 'a.slot']);
  q = 'version' in which ? q.where('m.version', '=', which.version) : q.where('a.slot', '=', 1);
  const r = await q.executeTakeFirst();
  if (r === undefined) return null;
  return {
    version: r.version,
    artifact: JSON.parse(r.artifact_json) as unknown,
    metrics: JSON.parse(r.metrics_json) as unknown,
    createdAt: r.created_at,
    active: r.slot !== null,
  };
}

/** The active version, or null. */
export async function selectActiveVersion(db: Kysely<StoreDatabase>): Promise<string | null> {
  const row = await db
    .selectFrom('active_model')
    .select('version')
    .where('slot', '=', 1)
    .executeTakeFirst();
  return row?.version ?? null;
}

/** Switches the single active-model row to `version` and records the decision, atomically. */
export async function activate(
  db: Kysely<StoreDatabase>,
  version: string,
  decision: ModelDecisionInput,
): Promise<void> {
  const row = decisionRow(version, decision, true);
  await db.transaction().execute(async (trx) => {
    const model = await trx
      .selectFrom('models')
      .select('version')
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (model === undefined) {
      throw new AppError(
        'NOT_FOUND',
        `Model version ${row.version} is not in the registry; list the saved models and pick one of them.`,
        { version: row.version },
      );
    }
    await trx
      .insertInto('active_model')
      .values({ slot: 1, version: row.version, activated_at: row.decided_at })
      .onConflict((oc) =>
        oc.column('slot').doUpdateSet({ version: row.version, activated_at: row.decided_at }),
      )
      .execute();
    await trx.insertInto('model_decisions').values(row).execute();
  });
}

/** Records a decision that did not activate `version`. */
export async function insertRejection(
  db: Kysely<StoreDatabase>,
  version: string,
  decision: ModelDecisionInput,
): Promise<void> {
  await db
    .insertInto('model_decisions')
    .values(decisionRow(version, decision, false))
    .execute();
}

/** Recorded decisions, newest first. */
export async function selectDecisions(
  db: Kysely<StoreDatabase>,
  query: { readonly limit?: number } = {},
): Promise<ModelDecision[]> {
  const limit = optionalInt(query.limit, 'limit', 1, 1_000_000);
  let q = db.selectFrom('model_decisions').selectAll().orderBy('id', 'desc');
  if (limit !== undefined) q = q.limit(limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    version: r.version,
    activated: Number(r.activated) === 1,
    reason: r.reason,
    metrics: JSON.parse(r.metrics_json) as unknown,
    decidedAt: r.decided_at,
  }));
}
