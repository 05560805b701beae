import type { Kysely } from 'kysely';
import { AppError, isAppError } from '../../../errors.js';
import type {
  ActiveModelListener,
  FeedbackQuery,
  FeedbackRecord,
  ModelDecision,
  ModelDecisionInput,
  ModelSummary,
  NewFeedback,
  NewModel,
  Store,
  StoredModel,
} from '../../../app/ports/index.js';
import {
  countFeedbackRows,
  deleteFeedbackOfSubject,
  insertFeedback,
  selectFeedback,
} from './feedback-repo.js';
import {
  activate,
  insertModel,
  insertRejection,
  selectActiveVersion,
  selectDecisions,
  selectModel,
  selectModels,
} from './model-registry-repo.js';
import type { StoreDatabase, StoreDialect } from './schema.js';
import type { NamedLock } from './process-lock.js';
import { optionalInt, requireText } from './store-input.js';
import { watchActiveVersion } from './watch-active-version.js';

/** Default polling interval of `onActiveModelChanged`. */
export const DEFAULT_POLL_INTERVAL_MS = 2000;

/** What a dialect adapter hands to the shared Kysely store. */
export interface KyselyStoreOptions {
  readonly kind: StoreDialect;
  /** Where the data lives, safe to log. */
  readonly location: string;
  readonly db: Kysely<StoreDatabase>;
  /** Maps a driver error to AppError STORE_UNAVAILABLE when the database cannot be used. */
  readonly classifyError: (error: unknown) => AppError | undefined;
  /** True when a read failed only because a pooled connection had died, so it may be retried. */
  readonly isStaleConnection: (error: unknown) => boolean;
  /** How many times a read is retried on a stale connection (the pool size covers all dead ones). */
  readonly readRetries: number;
  /** The dialect's lock for `withLock` (advisory lock, or a lock within the process). */
  readonly lock: NamedLock;
  readonly pollIntervalMs?: number;
  /** Receives background failures (polling); defaults to ignoring them. */
  readonly onError?: (error: unknown) => void;
}

/** The Store port over Kysely; the SQLite and PostgreSQL adapters differ only in the dialect. */
export class KyselyStore implements Store {
  readonly kind: StoreDialect;
  readonly location: string;
  readonly #db: Kysely<StoreDatabase>;
  readonly #options: KyselyStoreOptions;
  readonly #watchers = new Set<() => void>();
  #closed: Promise<void> | undefined;

  constructor(options: KyselyStoreOptions) {
    this.kind = options.kind;
    this.location = options.location;
    this.#db = options.db;
    this.#options = options;
  }

  recordFeedback(event: NewFeedback): Promise<FeedbackRecord> {
    return this.#write(() => insertFeedback(this.#db, event));
  }

  listFeedback(query?: FeedbackQuery): Promise<FeedbackRecord[]> {
    return this.#read(() => selectFeedback(this.#db, query));
  }

  countFeedback(filter?: { readonly code?: string }): Promise<number> {
    return this.#read(() => countFeedbackRows(this.#db, filter));
  }

  deleteFeedbackBySubject(subjectId: string): Promise<number> {
    return this.#write(() => deleteFeedbackOfSubject(this.#db, subjectId));
  }

  saveModel(model: NewModel): Promise<void> {
    return this.#write(() => insertModel(this.#db, model));
  }

  getModel(version: string): Promise<StoredModel | null> {
    return this.#read(() => selectModel(this.#db, { version }));
  }

  listModels(): Promise<ModelSummary[]> {
    return this.#read(() => selectModels(this.#db));
  }

  activateModel(version: string, decision: ModelDecisionInput): Promise<void> {
    return this.#write(() => activate(this.#db, version, decision));
  }

  getActiveModel(): Promise<StoredModel | null> {
    return this.#read(() => selectModel(this.#db, { activeOnly: true }));
  }

  getActiveVersion(): Promise<string | null> {
    return this.#read(() => selectActiveVersion(this.#db));
  }

  recordDecision(version: string, decision: ModelDecisionInput): Promise<void> {
    return this.#write(() => insertRejection(this.#db, version, decision));
  }

  async withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
    const lockName = requireText(name, 'lock name');
    let acquired = false;
    try {
      return await this.#options.lock(lockName, () => {
        acquired = true;
        return task();
      });
    } catch (error) {
      // The task's own errors pass through as they are; failing to take the lock is a store fault.
      throw acquired ? error : this.#translate(error);
    }
  }

  listDecisions(query?: { readonly limit?: number }): Promise<ModelDecision[]> {
    return this.#read(() => selectDecisions(this.#db, query));
  }

  onActiveModelChanged(
    listener: ActiveModelListener,
    options: { readonly intervalMs?: number } = {},
  ): () => void {
    const intervalMs =
      optionalInt(options.intervalMs, 'intervalMs', 1, 86_400_000) ??
      this.#options.pollIntervalMs ??
      DEFAULT_POLL_INTERVAL_MS;
    const stop = watchActiveVersion(
      () => this.getActiveVersion(),
      listener,
      intervalMs,
      this.#options.onError ?? (() => undefined),
    );
    const unsubscribe = () => {
      stop();
      this.#watchers.delete(unsubscribe);
    };
    this.#watchers.add(unsubscribe);
    return unsubscribe;
  }

  async ping(): Promise<void> {
    await this.#read(() => this.#db.selectNoFrom((eb) => eb.val(1).as('one')).execute());
  }

  close(): Promise<void> {
    if (this.#closed === undefined) {
      for (const unsubscribe of [...this.#watchers]) unsubscribe();
      this.#closed = this.#db.destroy();
    }
    return this.#closed;
  }

  /** Reads are idempotent, so retrying hides pooled connections that died while idle. */
  async #read<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await run();
      } catch (error) {
        const retry =
          this.#closed === undefined &&
          attempt < this.#options.readRetries &&
          this.#options.isStaleConnection(error);
        if (!retry) throw this.#translate(error);
      }
    }
  }

  /** Writes are not retried: the first attempt may have committed before the connection broke. */
  async #write<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw this.#translate(error);
    }
  }

  #translate(error: unknown): unknown {
    if (isAppError(error)) return error;
    if (this.#closed !== undefined) {
      return new AppError(
        'STORE_UNAVAILABLE',
        `The ${this.kind} store at ${this.location} is closed.`,
      );
    }
    return this.#options.classifyError(error) ?? error;
  }
}
