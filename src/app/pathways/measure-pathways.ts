import {
  inferProfileFromOccupation,
  type Catalog,
  type Occupation,
} from '../../core/domain/index.js';
import { findRoutes, type PathwayRoute, type SearchContext } from '../../core/pathways/index.js';
import { createRng } from '../../core/random/index.js';
import { CLASSIC_TRANSITIONS } from './classic-transitions.js';
import { toStartingPoint } from './start-state.js';

/** Shares of steps that O*NET or the Career Changers Matrix list as moves. */
export interface StepShares {
  readonly steps: number;
  readonly onetRelated: number;
  readonly careerChangers: number;
  readonly either: number;
}

/** One classic transition as the product answers it. */
export interface ClassicAnswer {
  readonly fromWords: string;
  readonly toWords: string;
  readonly from: string;
  readonly to: string;
  readonly routes: readonly PathwayRoute[];
  /** The best route's ready years when 3 years in the current job are counted. */
  readonly readyYearsWithThree: number | null;
}

/** The pathways measurement. */
export interface PathwaysMeasurement {
  readonly seed: number;
  readonly pairs: number;
  /** Pairs where a route was found. */
  readonly answered: number;
  /** Steps into a stepping stone or out of one (chosen by the search), in every route returned. */
  readonly stoneSteps: StepShares;
  /** Direct moves (source to target as sampled): the base rate of the sample itself. */
  readonly directSteps: StepShares;
  /** Share of best routes that go through a stepping stone. */
  readonly bestViaStone: number;
  /** Random pairs of rated occupations: how often any two are listed at all. */
  readonly randomPairs: StepShares;
  readonly classic: readonly ClassicAnswer[];
}

/** The Career Changers Matrix as a set of `from|to` keys (only codes still in the catalog count). */
export type MoveSet = ReadonlySet<string>;

const key = (a: string, b: string) => `${a}|${b}`;

function share(
  pairs: readonly (readonly [string, string])[],
  related: (a: string, b: string) => boolean,
  changers: MoveSet,
): StepShares {
  let onet = 0;
  let ccm = 0;
  let either = 0;
  for (const [a, b] of pairs) {
    const r = related(a, b);
    const c = changers.has(key(a, b));
    onet += r ? 1 : 0;
    ccm += c ? 1 : 0;
    either += r || c ? 1 : 0;
  }
  const n = pairs.length || 1;
  return {
    steps: pairs.length,
    onetRelated: onet / n,
    careerChangers: ccm / n,
    either: either / n,
  };
}

function routesFor(
  catalog: Catalog,
  search: SearchContext,
  from: Occupation,
  to: Occupation,
  yearsInCurrentJob?: number,
): readonly PathwayRoute[] {
  const start = toStartingPoint(inferProfileFromOccupation(from), from, { yearsInCurrentJob });
  return findRoutes(catalog, { start: start.state, target: to, maxSteps: 2, limit: 5 }, search)
    .routes;
}

/**
 * Measures the routes: over `pairs` seeded (current, target) pairs of rated occupations, the
 * target at the same Job Zone or above, the share of steps O*NET 30.1 lists as related (either
 * direction) or the legacy Career Changers Matrix lists as a move people make, for the stepping
 * stone steps the search chose and for the direct moves (the sample's base rate), beside random
 * pairs; and the ten classic transitions as the product answers them.
 */
export function measurePathways(
  catalog: Catalog,
  search: SearchContext,
  changers: MoveSet,
  options: { readonly seed: number; readonly pairs: number },
): PathwaysMeasurement {
  const rated = catalog.occupations.filter((o) => o.skills !== null && o.jobZone !== null);
  const byCode = new Map(catalog.occupations.map((o) => [o.code as string, o]));
  const related = (a: string, b: string) => search.related(byCode.get(a)!, byCode.get(b)!);
  const rng = createRng(options.seed).fork('pathways');
  const stoneSteps: [string, string][] = [];
  const directSteps: [string, string][] = [];
  const randomPairs: [string, string][] = [];
  let answered = 0;
  let viaStone = 0;
  for (let i = 0; i < options.pairs; i += 1) {
    const from = rng.pick(rated);
    const ups = rated.filter((o) => o.code !== from.code && o.jobZone! >= from.jobZone!);
    const to = rng.pick(ups);
    const other = rng.pick(rated.filter((o) => o.code !== from.code));
    randomPairs.push([from.code, other.code]);
    const routes = routesFor(catalog, search, from, to);
    if (routes.length === 0) continue;
    answered += 1;
    if (routes[0]!.via.length > 0) viaStone += 1;
    for (const route of routes)
      for (const step of route.steps) {
        const pair: [string, string] = [step.from!.code, step.to.code];
        (route.via.length > 0 ? stoneSteps : directSteps).push(pair);
      }
  }
  const classic = CLASSIC_TRANSITIONS.map((t) => {
    const from = byCode.get(t.from)!;
    const to = byCode.get(t.to)!;
    const routes = routesFor(catalog, search, from, to);
    const withThree = routesFor(catalog, search, from, to, 3)[0]?.readyYears ?? null;
    return { ...t, routes, readyYearsWithThree: withThree };
  });
  return {
    seed: options.seed,
    pairs: options.pairs,
    answered,
    stoneSteps: share(stoneSteps, related, changers),
    directSteps: share(directSteps, related, changers),
    bestViaStone: answered ? viaStone / answered : 0,
    randomPairs: share(randomPairs, related, changers),
    classic,
  };
}
