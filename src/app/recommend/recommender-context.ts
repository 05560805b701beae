import type { Catalog, Occupation, OnetCode } from '../../core/domain/index.js';
import {
  toCareerSet,
  type CareerProfile,
  type CareerSet,
  type PopulationStats,
} from '../../core/features/index.js';
import { toOccupationFacts, type OccupationFacts } from './occupation-facts.js';

/** The catalog prepared for scoring: rateable careers and lookups, built once per catalog. */
export interface RecommenderContext {
  readonly catalog: Catalog;
  readonly careers: readonly CareerProfile[];
  /** Population statistics of the rateable occupations (for z-scores). */
  readonly population: PopulationStats;
  /** Codes of `careers`, in the same order (for tie-breaking). */
  readonly codes: readonly string[];
  readonly findOccupation: (code: OnetCode) => Occupation | undefined;
  readonly findCareer: (code: string) => CareerProfile | undefined;
  /** What a recommendation of `careers[index]` shows about the occupation (built once). */
  readonly factsOf: (index: number) => OccupationFacts;
}

/** Prepares a catalog for recommendations. */
export function createRecommenderContext(catalog: Catalog): RecommenderContext {
  return toContext(catalog, toCareerSet(catalog.occupations));
}

const onetRated = new WeakMap<RecommenderContext, RecommenderContext>();

/**
 * The context without the estimated careers, for what learns from or is judged against O*NET's
 * Related Occupations (training pairs, the benchmark): an estimate drawn from an occupation's
 * related occupations would otherwise leak the answer. The rated careers come first in every
 * context, so their indices are the same in both.
 */
export function toOnetRatedContext(ctx: RecommenderContext): RecommenderContext {
  const n = ctx.careers.findIndex((c) => c.profileEstimated);
  if (n < 0) return ctx;
  let rated = onetRated.get(ctx);
  if (!rated) {
    rated = toContext(ctx.catalog, {
      careers: ctx.careers.slice(0, n),
      population: ctx.population,
    });
    onetRated.set(ctx, rated);
  }
  return rated;
}

function toContext(catalog: Catalog, { careers, population }: CareerSet): RecommenderContext {
  const byCode = new Map(catalog.occupations.map((o) => [o.code as string, o]));
  const careerByCode = new Map(careers.map((c) => [c.code as string, c]));
  const facts: (OccupationFacts | undefined)[] = new Array(careers.length);
  return {
    catalog,
    careers,
    population,
    codes: careers.map((c) => c.code),
    findOccupation: (code) => byCode.get(code),
    findCareer: (code) => careerByCode.get(code),
    factsOf: (index) => {
      const career = careers[index]!;
      return (facts[index] ??= toOccupationFacts(
        career,
        catalog.occupations[career.catalogIndex]!,
      ));
    },
  };
}
