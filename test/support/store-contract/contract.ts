import { afterEach, beforeEach, describe } from 'vitest';
import type { Store } from '../../../src/app/ports/index.js';
import { feedbackContract } from './contract-feedback.js';
import { modelRegistryContract } from './contract-models.js';
import { sharingContract } from './contract-sharing.js';

/** A fresh, empty database for one test; `open` may be called several times (several instances). */
export interface StoreFixture {
  /** Opens one more store instance on this test's database (runs migrations again). */
  open(): Promise<Store>;
  /** Removes the database; called after every opened store has been closed. */
  dispose(): Promise<void>;
}

/** Gives each contract test its fresh fixture and a store opened on it. */
export interface ContractContext {
  /** The store opened for this test. */
  readonly store: () => Store;
  /** Opens another instance on the same database (closed automatically after the test). */
  readonly openAnother: () => Promise<Store>;
}

/**
 * The behaviour every Store implementation must have; run it once per adapter with a factory
 * that creates an isolated database (temp file, fresh PostgreSQL schema).
 */
export function describeStoreContract(
  name: string,
  createFixture: () => Promise<StoreFixture>,
): void {
  describe(`Store contract: ${name}`, () => {
    let fixture: StoreFixture | undefined;
    let opened: Store[] = [];
    let current: Store | undefined;

    const openAnother = async (): Promise<Store> => {
      if (fixture === undefined) throw new Error('fixture not ready');
      const store = await fixture.open();
      opened.push(store);
      return store;
    };

    beforeEach(async () => {
      fixture = await createFixture();
      current = await openAnother();
    });

    afterEach(async () => {
      await Promise.all(opened.map((s) => s.close()));
      opened = [];
      current = undefined;
      await fixture?.dispose();
      fixture = undefined;
    });

    const ctx: ContractContext = {
      store: () => {
        if (current === undefined) throw new Error('store not open');
        return current;
      },
      openAnother,
    };
    feedbackContract(ctx);
    modelRegistryContract(ctx);
    sharingContract(ctx);
  });
}
