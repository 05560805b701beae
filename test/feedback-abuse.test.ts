import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../src/adapters/store/index.js';
import type { NewFeedback, Store } from '../src/app/ports/index.js';
import { profileInputSchema, resolveProfile } from '../src/app/profile/index.js';
import type { RecommenderContext } from '../src/app/recommend/index.js';
import {
  FEEDBACK_RECIPE,
  toFeedbackPairs,
  toTrainingFeedback,
  trainModel,
  type FeedbackPair,
} from '../src/app/train/index.js';
import { sparseQuery } from '../src/core/evaluation/index.js';
import { toUserContext } from '../src/core/features/index.js';
import { createRng } from '../src/core/random/index.js';
import type { Scorer } from '../src/core/ranking/index.js';
import { createPgFixture } from './support/pg-test-support.js';
import { loadSharedContext } from './support/recommender.js';
import type { StoreFixture } from './support/store-contract/contract.js';

/**
 * The stated bound: whatever one subject (or one client's burst of anonymous events) sends, no
 * other person's score of any occupation moves by more than this, and each keeps at least 9 of
 * their top 10 (docs/API.md, "No single person steers everyone"). Measured here: 0.036 with the
 * cap, 0.89 and 4 of 10 without it.
 */
const SCORE_BOUND = 0.05;

const PROFILES = [
  { skills: ['Programming', 'Mathematics'], interests: ['I', 'C'] },
  { skills: ['Speaking', 'Persuasion'], interests: ['E', 'S'] },
  { skills: ['Repairing', 'Troubleshooting'], interests: ['R'] },
  { skills: ['Writing', 'Active Listening'], interests: ['A', 'S'] },
];
const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();

let ctx: RecommenderContext;
let dir: string;
/** Other people: the benchmark's sparse queries of 40 occupations, and the attacker's own profile. */
let others: ReturnType<typeof toUserContext>[];

beforeAll(async () => {
  ctx = await loadSharedContext();
  dir = mkdtempSync(path.join(os.tmpdir(), 'abuse-'));
  others = ctx.careers
    .filter((_, i) => i % 23 === 0)
    .slice(0, 40)
    .map((c) =>
      toUserContext(sparseQuery(ctx.catalog.occupations[c.catalogIndex]!), ctx.population),
    );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function seed(store: Store, extra: readonly NewFeedback[]): Promise<FeedbackPair[]> {
  const codes = [
    '15-1252.00',
    '15-1211.00',
    '41-3031.00',
    '49-3023.01',
    '27-3043.00',
    '43-4051.00',
  ];
  for (let person = 0; person < 30; person++) {
    for (let k = 0; k < 3; k++) {
      await store.recordFeedback({
        subjectId: `honest-person-${person}`,
        profile: PROFILES[person % PROFILES.length],
        code: codes[(person + k) % codes.length]!,
        rating: k === 2 ? 'down' : 'up',
        modelVersion: 'v',
        createdAt: at(person * 3 + k),
      });
    }
  }
  for (const e of extra) await store.recordFeedback(e);
  return toFeedbackPairs(ctx, await store.listFeedback()).pairs;
}

const PAIRS = 1500;

function train(pairs: readonly FeedbackPair[], share = FEEDBACK_RECIPE.personShareOfPairs): Scorer {
  const rng = createRng(5);
  const feedback = toTrainingFeedback(pairs, () => rng.int(ctx.careers.length), PAIRS, {
    ...FEEDBACK_RECIPE,
    personShareOfPairs: share,
  });
  return trainModel(
    ctx,
    { pairs: PAIRS, seed: 4, recipe: 'blended', extraPairs: feedback },
    '2026-01-01T00:00:00.000Z',
  ).scorer;
}

/** Largest score change of any occupation for any other person, and the smallest top-10 overlap. */
function influence(
  a: Scorer,
  b: Scorer,
  people: readonly ReturnType<typeof toUserContext>[],
): { maxChange: number; minOverlap: number } {
  const sa = new Float64Array(ctx.careers.length);
  const sb = new Float64Array(ctx.careers.length);
  const top = (s: Float64Array) =>
    Array.from(s.keys())
      .sort((x, y) => s[y]! - s[x]! || x - y)
      .slice(0, 10);
  let maxChange = 0;
  let minOverlap = 10;
  for (const user of people) {
    a.scoreAll(user, ctx.careers, sa);
    b.scoreAll(user, ctx.careers, sb);
    for (let i = 0; i < sa.length; i++) maxChange = Math.max(maxChange, Math.abs(sa[i]! - sb[i]!));
    const tb = new Set(top(sb));
    minOverlap = Math.min(minOverlap, top(sa).filter((i) => tb.has(i)).length);
  }
  return { maxChange, minOverlap };
}

/** 1,000 thumbs-down on the 200 occupations the attacker's profile ranks first, five each. */
function attack(subjectId: string | undefined, targets: readonly string[]): NewFeedback[] {
  return Array.from({ length: 1000 }, (_, i) => ({
    ...(subjectId ? { subjectId } : {}),
    profile: PROFILES[0],
    code: targets[i % targets.length]!,
    rating: 'down' as const,
    modelVersion: 'v',
    createdAt: at(1000 + i),
  }));
}

const fixtures: [string, () => Promise<StoreFixture>][] = [
  [
    'SQLite',
    async () => {
      const file = path.join(mkdtempSync(path.join(dir, 'db-')), 'careers.sqlite');
      return { open: () => createSqliteStore({ file }), dispose: async () => undefined };
    },
  ],
  ['PostgreSQL', createPgFixture],
];

describe.each(fixtures)('no single person steers everyone (%s store)', (_name, createFixture) => {
  it("bounds one subject's 1,000 thumbs-down and one client's burst of 1,000 anonymous ones", async () => {
    const honestFixture = await createFixture();
    const attackFixture = await createFixture();
    const burstFixture = await createFixture();
    const stores = [
      await honestFixture.open(),
      await attackFixture.open(),
      await burstFixture.open(),
    ];
    try {
      const honest = await seed(stores[0]!, []);
      const base = train(honest);
      const scores = new Float64Array(ctx.careers.length);
      base.scoreAll(
        toUserContext(
          resolveProfile(profileInputSchema.parse(PROFILES[0]), {
            findOccupation: (code) => ctx.findOccupation(code),
          }),
          ctx.population,
        ),
        ctx.careers,
        scores,
      );
      const targets = Array.from(scores.keys())
        .sort((x, y) => scores[y]! - scores[x]! || x - y)
        .slice(0, 200)
        .map((i) => ctx.codes[i]!);
      // The attacker's own profile is one of the "others" too: the worst case for the bound.
      const own = resolveProfile(profileInputSchema.parse(PROFILES[0]), {
        findOccupation: (code) => ctx.findOccupation(code),
      });
      const people = [...others, toUserContext(own, ctx.population)];

      const attacked = await seed(stores[1]!, attack('one-loud-subject', targets));
      expect(attacked).toHaveLength(honest.length + 1000);
      const byOne = influence(base, train(attacked), people);
      expect(byOne.maxChange).toBeLessThan(SCORE_BOUND);
      expect(byOne.minOverlap).toBeGreaterThanOrEqual(9);

      const burst = await seed(stores[2]!, attack(undefined, targets));
      const byBurst = influence(base, train(burst), people);
      expect(byBurst.maxChange).toBeLessThan(SCORE_BOUND);
      expect(byBurst.minOverlap).toBeGreaterThanOrEqual(9);

      // Without the cap the same 1,000 events do move everyone: the bound is the cap's doing.
      const uncapped = influence(base, train(attacked, Infinity), people);
      expect(uncapped.maxChange).toBeGreaterThan(SCORE_BOUND);
      expect(uncapped.minOverlap).toBeLessThan(9);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await honestFixture.dispose();
      await attackFixture.dispose();
      await burstFixture.dispose();
    }
  }, 180_000);
});
