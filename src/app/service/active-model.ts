import type { Scorer } from '../../core/ranking/index.js';

/** A trained model ready to score, with what the API reports about it. */
export interface LoadedModel {
  readonly scorer: Scorer;
  readonly version: string;
  /** Training metrics as recorded in the artifact (accuracies, AUC, counts …). */
  readonly metrics: unknown;
  readonly createdAt: string;
  readonly dataRelease: string;
}

/** Where the service gets the model it serves; swapped when another instance activates one. */
export interface ActiveModelSource {
  current(): LoadedModel | null;
}

/** A mutable holder for the active model (the one piece of state an instance keeps). */
export interface ModelHolder extends ActiveModelSource {
  set(model: LoadedModel | null): void;
}

/** Creates an empty model holder. */
export function createModelHolder(initial: LoadedModel | null = null): ModelHolder {
  let model = initial;
  return {
    current: () => model,
    set: (next) => {
      model = next;
    },
  };
}
