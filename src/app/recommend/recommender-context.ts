import type { Catalog, Occupation, OnetCode } from '../../core/domain/index.js';
import {
  toCareerSet,
  type CareerProfile,
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
  const { careers, population } = toCareerSet(catalog.occupations);
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
