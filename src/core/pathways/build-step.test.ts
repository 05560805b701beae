import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import type { Occupation } from '../domain/index.js';
import { buildStep, type RouteState, type StepContext } from './build-step.js';
import { toEntryRequirements } from './step-readiness.js';

const ctx = (related = false): StepContext => ({
  related: () => related,
  requirements: toEntryRequirements,
});

function inJob(job: Occupation, educationYears = 4): RouteState {
  return {
    skillLevels: job.skills!.map((r) => r.level),
    takenAtWord: job.skills!.map(() => false),
    educationYears,
    job,
    isCurrentJob: true,
    yearsInJob: 0,
  };
}

const withOutlook = (o: Occupation, outlook: Partial<NonNullable<Occupation['outlook']>>) => ({
  ...o,
  outlook: { ...o.outlook!, ...outlook },
});

describe('buildStep', () => {
  it('calls a move a stretch when a needed skill is two steps of the 1–5 scale short', () => {
    const from = makeOccupation({ code: '11-0000.01', skills: { Writing: [4, 2.5] } });
    const twoShort = makeOccupation({ code: '11-0000.02', skills: { Writing: [4, 5.5] } });
    const oneShort = makeOccupation({ code: '11-0000.03', skills: { Writing: [4, 4] } });
    expect(buildStep(inJob(from), twoShort, ctx()).step.feasibility).toBe('stretch');
    expect(buildStep(inJob(from), oneShort, ctx()).step.feasibility).toBe('within reach');
    expect(buildStep(inJob(from), oneShort, ctx()).step.skillGaps).toMatchObject([
      { skill: 'Writing', currentRating: 2, requiredRating: 3 },
    ]);
  });

  it('refuses a jump of three Job Zones without study, and allows it with study', () => {
    const from = makeOccupation({ code: '11-0000.01', jobZone: 1 });
    const up = makeOccupation({ code: '11-0000.02', jobZone: 4 });
    expect(buildStep(inJob(from, 4), up, ctx()).allowed).toBe(false);
    expect(buildStep(inJob(from, 0), up, ctx()).allowed).toBe(true);
    expect(buildStep(inJob(from, 0), up, ctx()).step.time.education.years).toBe(4);
  });

  it('counts the experience a target asks for and flags it when the job before is not related', () => {
    const from = makeOccupation({ code: '11-0000.01' });
    const to = withOutlook(makeOccupation({ code: '11-0000.02' }), {
      workExperience: '5 years or more',
    });
    const unrelated = buildStep(inJob(from), to, ctx(false)).step;
    expect(unrelated.time.experience.years).toBe(5);
    expect(unrelated.feasibility).toBe('stretch');
    expect(unrelated.notes.join(' ')).toMatch(/does not list/);
    const related = buildStep({ ...inJob(from), yearsInJob: 2 }, to, ctx(true)).step;
    expect(related.time.experience.years).toBe(3);
  });

  it('learns the skill levels of the occupation it moves into', () => {
    const from = makeOccupation({ code: '11-0000.01', skills: { Writing: [4, 2] } });
    const to = makeOccupation({ code: '11-0000.02', skills: { Writing: [4, 5] } });
    const k = from.skills!.findIndex((_, i) => i >= 0 && to.skills![i]!.level === 5);
    expect(buildStep(inJob(from), to, ctx()).next.skillLevels[k]).toBe(5);
  });
});
