import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedCatalog } from '../../../test/support/catalog.js';
import {
  blankProfile,
  inferProfileFromOccupation,
  type Catalog,
  type Occupation,
} from '../domain/index.js';
import type { RouteState } from './build-step.js';
import { createSearchContext, findRoutes, type SearchContext } from './find-routes.js';
import { EDUCATION_YEARS } from './time-assumptions.js';

let catalog: Catalog;
let ctx: SearchContext;
const get = (code: string): Occupation => catalog.occupations.find((o) => o.code === code)!;
beforeAll(async () => {
  catalog = await loadSharedCatalog();
  ctx = createSearchContext(catalog);
});

function startIn(code: string, yearsInJob = 0): RouteState {
  const job = get(code);
  const profile = inferProfileFromOccupation(job);
  return {
    skillLevels: profile.skillLevels,
    takenAtWord: profile.skillLevels.map(() => false),
    educationYears:
      EDUCATION_YEARS[job.outlook!.typicalEntryEducation as keyof typeof EDUCATION_YEARS],
    job,
    isCurrentJob: true,
    yearsInJob,
  };
}

const search = (from: string, to: string, maxSteps = 2, yearsInJob = 0) =>
  findRoutes(
    catalog,
    { start: startIn(from, yearsInJob), target: get(to), maxSteps, limit: 5 },
    ctx,
  );

describe('findRoutes on O*NET 30.1 + BLS', () => {
  it('counts the study between BLS entry levels: bookkeeping clerk (some college) to accountant (bachelor’s) is 3 years', () => {
    const direct = search('43-3031.00', '13-2011.00').routes.find((r) => r.via.length === 0)!;
    expect(direct.steps[0]!.time.education.years).toBe(3);
    expect(direct.steps[0]!.entryEducation).toBe("Bachelor's degree");
  });

  it('counts years already worked in a related current job against the experience the target asks for', () => {
    const none = search('25-2031.00', '25-9031.00', 1).routes[0]!;
    const three = search('25-2031.00', '25-9031.00', 1, 3).routes[0]!;
    expect(none.steps[0]!.onetRelated).toBe(true);
    expect(none.steps[0]!.time.experience.years).toBeGreaterThanOrEqual(5);
    expect(three.steps[0]!.time.experience.years).toBe(none.steps[0]!.time.experience.years - 3);
  });

  it('ranks routes by their cost, not by hops, and keeps a stone only when it is quicker or easier than direct', () => {
    for (const [from, to] of [
      ['29-1141.00', '29-1171.00'],
      ['53-7062.00', '49-9041.00'],
      ['47-2111.00', '17-3023.00'],
    ] as const) {
      const { routes } = search(from, to, 3);
      const costs = routes.map((r) => r.rankCost);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
      const direct = routes.find((r) => r.via.length === 0)!;
      const order = ['ready', 'within reach', 'stretch'];
      for (const r of routes.filter((x) => x.via.length > 0)) {
        const quicker = r.readyYears < direct.readyYears;
        const easier = order.indexOf(r.feasibility) < order.indexOf(direct.feasibility);
        expect(quicker || easier).toBe(true);
      }
    }
  });

  it('routes a warehouse labourer to industrial machinery mechanic through a stone below the target, not above it', () => {
    const target = get('49-9041.00');
    const { routes } = search('53-7062.00', '49-9041.00', 3);
    expect(routes.length).toBeGreaterThan(1);
    for (const r of routes)
      for (const v of r.via) {
        expect(get(v.code).jobZone!).toBeLessThanOrEqual(target.jobZone!);
        expect(ctx.requirements(get(v.code)).educationYears).toBeLessThanOrEqual(
          ctx.requirements(target).educationYears,
        );
      }
  });

  it('gives only the direct route with maxSteps 1', () => {
    const { routes } = search('29-1141.00', '29-1171.00', 1);
    expect(routes.map((r) => r.via.length)).toEqual([0]);
  });

  it('says a physician route needs a doctoral or professional degree and a residency, from BLS categories', () => {
    const { routes } = search('29-1141.00', '29-1215.00', 1);
    expect(routes[0]!.credentials.join(' ')).toMatch(/doctoral or professional degree/);
    expect(routes[0]!.credentials.join(' ')).toMatch(/residency/);
    // The residency comes before independent practice: it is in the time to be ready.
    const step = routes[0]!.steps[0]!;
    expect(step.time.readyYears).toBe(step.time.education.years + step.time.training.years);
    expect(step.time.training.years).toBeGreaterThanOrEqual(3);
    expect(routes[0]!.trainingYears).toBe(0);
  });

  it('refuses a move three Job Zones up without study and says the direct route is blocked', () => {
    const start: RouteState = { ...startIn('35-2021.00'), educationYears: 8 };
    const jump = findRoutes(
      catalog,
      { start, target: get('11-1011.00'), maxSteps: 1, limit: 5 },
      ctx,
    );
    expect(get('11-1011.00').jobZone! - get('35-2021.00').jobZone!).toBeGreaterThanOrEqual(3);
    expect(jump.directBlocked).toBe(true);
    expect(jump.routes).toEqual([]);
  });

  it('starts from the stated skills when no job is given, and names unknown levels as gaps', () => {
    const start: RouteState = {
      skillLevels: blankProfile().skillLevels,
      takenAtWord: blankProfile().skillLevels.map(() => false),
      educationYears: 0,
      job: null,
      isCurrentJob: false,
      yearsInJob: 0,
    };
    const { routes } = findRoutes(
      catalog,
      { start, target: get('43-3031.00'), maxSteps: 1, limit: 3 },
      ctx,
    );
    expect(routes[0]!.steps[0]!.from).toBeNull();
    expect(routes[0]!.steps[0]!.skillGaps.every((g) => g.currentRating === null)).toBe(true);
  });
});
