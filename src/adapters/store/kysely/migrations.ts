import { Migrator, sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration, MigrationProvider } from 'kysely';
import type { StoreDialect } from './schema.js';

/** An auto-increment id: AUTOINCREMENT on SQLite (never reuses ids), identity on PostgreSQL. */
function idColumn(dialect: StoreDialect) {
  return {
    type: dialect === 'sqlite' ? ('integer' as const) : ('bigint' as const),
    build: (col: ColumnDefinitionBuilder) =>
      dialect === 'sqlite'
        ? col.primaryKey().autoIncrement()
        : col.primaryKey().generatedByDefaultAsIdentity(),
  };
}

/** The versioned migrations, in order; names sort lexically, never rename or edit a shipped one. */
export function buildMigrations(dialect: StoreDialect): Record<string, Migration> {
  const id = idColumn(dialect);
  return {
    '0001_feedback': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('feedback')
          .addColumn('id', id.type, id.build)
          .addColumn('subject_id', 'text')
          .addColumn('profile_json', 'text', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('rating', 'text')
          .addColumn('outcome', 'text')
          .addColumn('model_version', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addCheckConstraint(
            'feedback_rating_check',
            sql`rating is null or rating in ('up', 'down')`,
          )
          .addCheckConstraint(
            'feedback_outcome_check',
            sql`outcome is null or outcome in ('interested', 'applied', 'hired')`,
          )
          .addCheckConstraint(
            'feedback_signal_check',
            sql`rating is not null or outcome is not null`,
          )
          .execute();
        await db.schema.createIndex('feedback_code_idx').on('feedback').column('code').execute();
        await db.schema
          .createIndex('feedback_subject_idx')
          .on('feedback')
          .column('subject_id')
          .execute();
        await db.schema
          .createIndex('feedback_created_at_idx')
          .on('feedback')
          .column('created_at')
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('feedback').execute();
      },
    },
    '0002_model_registry': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('models')
          .addColumn('version', 'text', (c) => c.primaryKey())
          .addColumn('artifact_json', 'text', (c) => c.notNull())
          .addColumn('metrics_json', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('models_created_at_idx')
          .on('models')
          .column('created_at')
          .execute();
        // A single-row table makes "exactly one active model" a property of the schema.
        await db.schema
          .createTable('active_model')
          .addColumn('slot', 'integer', (c) => c.primaryKey().check(sql`slot = 1`))
          .addColumn('version', 'text', (c) => c.notNull().references('models.version'))
          .addColumn('activated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('model_decisions')
          .addColumn('id', id.type, id.build)
          .addColumn('version', 'text', (c) => c.notNull())
          .addColumn('activated', 'integer', (c) => c.notNull().check(sql`activated in (0, 1)`))
          .addColumn('reason', 'text', (c) => c.notNull())
          .addColumn('metrics_json', 'text', (c) => c.notNull())
          .addColumn('decided_at', 'text', (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('model_decisions').execute();
        await db.schema.dropTable('active_model').execute();
        await db.schema.dropTable('models').execute();
      },
    },
  };
}

/** Names of all migrations in the order they apply. */
export function migrationNames(dialect: StoreDialect): string[] {
  return Object.keys(buildMigrations(dialect)).sort();
}

/**
 * Applies every pending migration (idempotent; on PostgreSQL Kysely serialises concurrent
 * starters with an advisory lock). Throws the underlying error when one fails.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  schema?: string,
): Promise<void> {
  const migrations = buildMigrations(dialect);
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
  const migrator = new Migrator({ db, provider, migrationTableSchema: schema });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw error;
}
