import { toMinorGroup, toMajorGroup } from '../../core/domain/index.js';
import type { UserContext } from '../../core/features/index.js';
import { createRng } from '../../core/random/index.js';
import type { Scorer } from '../../core/ranking/index.js';
import type { RecommenderContext } from '../recommend/index.js';

/** One benchmark query: the source occupation and the person built from it. */
export interface EvalQuery {
  readonly sourceIndex: number;
  readonly user: UserContext;
}

/** Something the benchmark can rank with: writes one score per career. */
export interface EvalRanker {
  readonly name: string;
  readonly description: string;
  score(query: EvalQuery, out: Float64Array): void;
}

/** Wraps a scorer as a ranker. */
export function scorerRanker(
  name: string,
  description: string,
  scorer: Scorer,
  ctx: RecommenderContext,
): EvalRanker {
  return { name, description, score: (q, out) => scorer.scoreAll(q.user, ctx.careers, out) };
}

/** Random order, seeded per source so every run gives the same numbers. */
export function randomRanker(seed: number): EvalRanker {
  return {
    name: 'random',
    description: 'Random order (seeded)',
    score(q, out) {
      const rng = createRng(seed * 1000003 + q.sourceIndex);
      for (let i = 0; i < out.length; i++) out[i] = rng.next();
    },
  };
}

/** Occupations of the source's SOC minor group first, then its major group, random within. */
export function sameGroupRanker(ctx: RecommenderContext, seed: number): EvalRanker {
  return {
    name: 'same-group',
    description: 'Same SOC minor group first, then same major group (random within)',
    score(q, out) {
      const code = ctx.careers[q.sourceIndex]!.code;
      const rng = createRng(seed * 7919 + q.sourceIndex);
      ctx.careers.forEach((c, i) => {
        const tier =
          toMinorGroup(c.code) === toMinorGroup(code)
            ? 2
            : toMajorGroup(c.code) === toMajorGroup(code)
              ? 1
              : 0;
        out[i] = tier + 0.5 * rng.next();
      });
    },
  };
}

/**
 * A model evaluated with k-fold cross-validation over source occupations: each query is scored
 * by the model trained without its fold, so no test source's related list is seen in training.
 */
export function crossValidatedRanker(
  name: string,
  description: string,
  ctx: RecommenderContext,
  foldOfSource: (sourceIndex: number) => number,
  scorers: readonly Scorer[],
): EvalRanker {
  return {
    name,
    description,
    score(q, out) {
      scorers[foldOfSource(q.sourceIndex)]!.scoreAll(q.user, ctx.careers, out);
    },
  };
}
