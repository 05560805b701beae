import type { ColumnType, Generated } from 'kysely';

/** Ids are INTEGER on SQLite and BIGINT on PostgreSQL, which pg returns as a string. */
type Id = Generated<number | string>;

/** Row shape of `feedback`: one event per row, the profile snapshot as JSON text. */
export interface FeedbackTable {
  id: Id;
  subject_id: string | null;
  profile_json: string;
  code: string;
  rating: string | null;
  outcome: string | null;
  model_version: string;
  created_at: string;
}

/** Row shape of `models`: immutable artifacts keyed by version. */
export interface ModelsTable {
  version: string;
  artifact_json: string;
  metrics_json: string;
  created_at: string;
}

/** Row shape of `active_model`: at most one row (slot = 1), so exactly one model is active. */
export interface ActiveModelTable {
  slot: ColumnType<number, number, never>;
  version: string;
  activated_at: string;
}

/** Row shape of `model_decisions`: every retraining decision, activated (1) or not (0). */
export interface ModelDecisionsTable {
  id: Id;
  version: string;
  activated: number;
  reason: string;
  metrics_json: string;
  decided_at: string;
}

/** The whole store schema as Kysely sees it. */
export interface StoreDatabase {
  feedback: FeedbackTable;
  models: ModelsTable;
  active_model: ActiveModelTable;
  model_decisions: ModelDecisionsTable;
}

/** Which SQL dialect a store runs on; migrations branch on it for ids. */
export type StoreDialect = 'sqlite' | 'postgres';
