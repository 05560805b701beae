import type { Occupation } from '../domain/index.js';
import { buildStep, type BuiltStep, type RouteState, type StepContext } from './build-step.js';
import type { Feasibility, PathwayRoute } from './pathway-schema.js';
import { createNeighbours } from './occupation-neighbors.js';
import { toEntryRequirements, type EntryRequirements } from './step-readiness.js';

/** A step context that also knows which moves are plausible (O*NET-related or most similar). */
export interface SearchContext extends StepContext {
  readonly near: (a: Occupation, b: Occupation) => boolean;
  /** Centred cosine similarity by skills and knowledge; null when either is unrated. */
  readonly similarity: (a: Occupation, b: Occupation) => number | null;
}

/**
 * Ranking weight (years per unit of shortfall): a route is ranked by the years before the person
 * can be hired in the target plus this times the skill shortfall of its hardest move (Σ
 * importance/5 × rating steps short), so a quick move with big gaps does not beat a slightly longer one that
 * closes them on the way. A ranking choice, not a time: it is never added to the years shown.
 */
export const SHORTFALL_WEIGHT = 0.15;

/**
 * Ranking weight (years) added for each move rated a stretch (a skill two or more steps short, a
 * Job Zone jump of two, or experience asked for that the job before may not give): a ranking
 * choice, not a time.
 */
export const STRETCH_PENALTY = 1;

/**
 * Ranking weight (years) added for each move O*NET does not list as related: between routes that
 * take as long, the one made of moves O*NET knows people make comes first. A ranking choice.
 */
export const UNRELATED_PENALTY = 0.1;

/**
 * How much more like the target (centred cosine) a stepping stone must be than the job before it:
 * clearly closer, not a rounding error (an exercise physiologist is 0.006 closer to nurse
 * practitioners than a registered nurse is; critical care nurses 0.12).
 */
export const CLOSER_BY = 0.03;

/** Stepping stones carried from the one-stone pass into the two-stone pass. */
const TWO_STONE_POOL = 30;

/** Where a search starts and where it goes. */
export interface PathwayQuery {
  readonly start: RouteState;
  readonly target: Occupation;
  /** Moves allowed: 1 = direct only, 2 = one stepping stone, 3 = two. */
  readonly maxSteps: number;
  /** How many routes to return (the direct route is always kept when allowed). */
  readonly limit: number;
}

/** The occupations a search may step through. */
export interface PathwayCatalog {
  readonly occupations: readonly Occupation[];
}

/** Routes found, best first, and how many were looked at. */
export interface PathwaySearch {
  readonly routes: readonly PathwayRoute[];
  /** True when the direct move is not allowed (Job Zone jump above 2 without study). */
  readonly directBlocked: boolean;
  readonly routesConsidered: number;
  /** Stepping-stone routes left out because they were neither quicker nor easier than direct. */
  readonly routesNotBetter: number;
}

const ORDER: readonly Feasibility[] = ['ready', 'within reach', 'stretch'];
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Builds the related-occupation test and the cached requirements once per catalog. */
export function createSearchContext(catalog: PathwayCatalog): SearchContext {
  const pairs = new Set<string>();
  for (const o of catalog.occupations)
    for (const r of o.related) {
      pairs.add(`${o.code}|${r.code}`);
      pairs.add(`${r.code}|${o.code}`);
    }
  const cache = new Map<string, EntryRequirements>();
  const related = (a: Occupation, b: Occupation) => pairs.has(`${a.code}|${b.code}`);
  const neighbours = createNeighbours(catalog.occupations, related);
  return {
    related,
    near: neighbours.near,
    similarity: neighbours.similarity,
    requirements: (o) => {
      let req = cache.get(o.code);
      if (!req) cache.set(o.code, (req = toEntryRequirements(o)));
      return req;
    },
  };
}

interface Candidate {
  readonly built: readonly BuiltStep[];
  readonly cost: number;
}

function walk(start: RouteState, path: readonly Occupation[], ctx: StepContext): Candidate | null {
  const built: BuiltStep[] = [];
  let state = start;
  let cost = 0;
  let hardest = 0;
  for (const to of path) {
    const b = buildStep(state, to, ctx);
    if (!b.allowed) return null;
    built.push(b);
    cost +=
      b.step.time.readyYears +
      (b.step.feasibility === 'stretch' ? STRETCH_PENALTY : 0) +
      (b.step.onetRelated ? 0 : UNRELATED_PENALTY);
    hardest = Math.max(hardest, b.shortfall);
    state = b.next;
  }
  // The shortfall of the hardest move, not the sum: gaps closed in a stepping stone are learnt
  // there, which is what the stone is for.
  return { built, cost: cost + SHORTFALL_WEIGHT * hardest };
}

function toRoute(c: Candidate): PathwayRoute {
  const steps = c.built.map((b) => b.step);
  const last = steps[steps.length - 1]!;
  const readyYears = round1(steps.reduce((s, x) => s + x.time.readyYears, 0));
  const feasibility = steps.reduce<Feasibility>(
    (w, s) => (ORDER.indexOf(s.feasibility) > ORDER.indexOf(w) ? s.feasibility : w),
    'ready',
  );
  const via = steps.slice(0, -1).map((s) => s.to);
  const credentials = [...new Set(steps.flatMap((s) => s.credentials))];
  const path = via.length ? `via ${via.map((v) => v.title).join(' then ')}` : 'direct';
  const residency = last.time.readyYears > last.time.education.years + last.time.experience.years;
  const trainingYears = residency ? 0 : last.time.training.years;
  const after = residency
    ? 'the residency or internship included'
    : `then about ${trainingYears} years of on-the-job training`;
  const summary = `${path}: about ${readyYears} years before you can be hired as ${last.to.title}, ${after} (${feasibility}).`;
  return {
    via,
    steps,
    readyYears,
    trainingYears,
    feasibility,
    credentials,
    rankCost: round1(c.cost * 100) / 100,
    summary,
  };
}

/**
 * Whether an occupation may be a stepping stone to `target`: rated (so its skills are known), not
 * above the target's Job Zone, asking no schooling the person does not have, and less schooling or
 * a lower Job Zone than the target (nobody earns a doctorate on the way to a technician's job).
 */
function isStone(o: Occupation, target: Occupation, start: RouteState, ctx: StepContext): boolean {
  if (!o.skills || o.code === target.code || o.code === start.job?.code) return false;
  if (target.jobZone !== null && (o.jobZone === null || o.jobZone > target.jobZone)) return false;
  const study = ctx.requirements(o).educationYears;
  const targetStudy = ctx.requirements(target).educationYears;
  // A stepping stone is a job the person can take with the schooling they have: study goes
  // toward the target (nobody takes a master's in orthoptics on the way to medical school).
  if (study > start.educationYears) return false;
  // Strictly a step below the target: less schooling or a lower Job Zone (no detour through a
  // job as demanding as the target itself).
  return study < targetStudy || (study === targetStudy && o.jobZone! < (target.jobZone ?? 0));
}

const hardest = (c: Candidate) =>
  Math.max(...c.built.map((b) => ORDER.indexOf(b.step.feasibility)));
const readyYears = (c: Candidate) => c.built.reduce((s, b) => s + b.step.time.readyYears, 0);

/**
 * A route through stepping stones is shown only when it does something the direct move does not:
 * it is quicker, or its hardest move is easier. A sideways job that takes as long and ends in the
 * same place is not advice.
 */
function improves(c: Candidate, direct: Candidate): boolean {
  return readyYears(c) < readyYears(direct) - 1e-9 || hardest(c) < hardest(direct);
}

/**
 * Whether a stepping stone is on the way: by skills and knowledge, more like the target than the
 * job before it is, and more like the job before than the target is (a sideways move into
 * another specialty is not a step towards the target). Where either has no ratings, O*NET's relatedness alone decided (see `near`).
 */
function onTheWay(
  stone: Occupation,
  before: Occupation | null,
  target: Occupation,
  ctx: SearchContext,
): boolean {
  if (before === null) return true;
  const stoneToTarget = ctx.similarity(stone, target);
  const beforeToTarget = ctx.similarity(before, target);
  const beforeToStone = ctx.similarity(before, stone);
  if (stoneToTarget === null || beforeToTarget === null || beforeToStone === null) return true;
  // Between the two ends: closer to each of them than they are to each other.
  return stoneToTarget >= beforeToTarget + CLOSER_BY && beforeToStone >= beforeToTarget;
}

const byCost = (a: Candidate, b: Candidate) =>
  a.cost - b.cost ||
  a.built.length - b.built.length ||
  a.built
    .map((x) => x.step.to.code)
    .join()
    .localeCompare(b.built.map((x) => x.step.to.code).join());

/**
 * Routes from the start to the target: direct, through one stepping stone and (maxSteps 3)
 * through two, ranked by years until hireable plus a skill-shortfall weight, never by hops.
 * Targets without skill ratings take stones only from O*NET's related occupations of the target
 * (skills cannot tell which stone brings them closer). Pure and deterministic (ties by codes).
 */
export function findRoutes(
  catalog: PathwayCatalog,
  query: PathwayQuery,
  ctx: SearchContext = createSearchContext(catalog),
): PathwaySearch {
  const { start, target } = query;
  const job = start.job;
  const direct = walk(start, [target], ctx);
  const candidates: Candidate[] = direct ? [direct] : [];
  let considered = 1;
  if (query.maxSteps >= 2) {
    const stones = catalog.occupations.filter((o) => isStone(o, target, start, ctx));
    // A first stone is near the current job, or a move the person's skills already allow.
    const nearStart = stones.filter(
      (s) =>
        job === null || ctx.near(job, s) || buildStep(start, s, ctx).step.feasibility !== 'stretch',
    );
    const closer = (s: Occupation) => onTheWay(s, job, target, ctx);
    const nearTarget = stones.filter((s) => ctx.near(s, target));
    const one: Candidate[] = [];
    for (const s of nearStart) {
      if (!ctx.near(s, target) || !closer(s)) continue;
      const c = walk(start, [s, target], ctx);
      considered += 1;
      if (c) one.push(c);
    }
    candidates.push(...one);
    if (query.maxSteps >= 3) {
      const firstCost = (s: Occupation) => walk(start, [s], ctx)?.cost ?? Infinity;
      const lastCost = (s: Occupation) => walk(start, [s, target], ctx)?.cost ?? Infinity;
      const pick = (list: readonly Occupation[], cost: (s: Occupation) => number) =>
        list
          .map((s) => ({ s, c: cost(s) }))
          .filter((x) => Number.isFinite(x.c))
          .sort((x, y) => x.c - y.c || x.s.code.localeCompare(y.s.code))
          .slice(0, TWO_STONE_POOL)
          .map((x) => x.s);
      const firsts = pick(nearStart, firstCost);
      const lasts = pick(nearTarget, lastCost);
      for (const a of firsts)
        for (const b of lasts) {
          if (a.code === b.code || !ctx.near(a, b) || !closer(a) || !closer(b)) continue;
          if (!onTheWay(b, a, target, ctx)) continue;
          const c = walk(start, [a, b, target], ctx);
          considered += 1;
          if (c) candidates.push(c);
        }
    }
  }
  const kept = direct ? candidates.filter((c) => c === direct || improves(c, direct)) : candidates;
  kept.sort(byCost);
  const top = kept.slice(0, query.limit);
  if (direct && !top.includes(direct)) top[top.length - 1] = direct;
  return {
    routes: top.sort(byCost).map(toRoute),
    directBlocked: direct === null,
    routesNotBetter: candidates.length - kept.length,
    routesConsidered: considered,
  };
}
