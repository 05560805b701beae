import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext, trainSmallModel } from '../../../test/support/recommender.js';
import { SKILL_RATINGS, type BorrowedFigures, type OnetCode } from '../../core/domain/index.js';
import { toExplanationText, type ExplanationFacts } from '../../core/explain/index.js';
import type { Scorer } from '../../core/ranking/index.js';
import { resolveProfile, type ProfileInput } from '../profile/index.js';
import { rankForProfile } from './recommend.js';
import type { Recommendation } from './recommendation.js';
import type { RecommenderContext } from './recommender-context.js';
import { MARKETER, NURSE } from '../../../test/support/personas.js';

let ctx: RecommenderContext;
let ml: Scorer;
const people: ProfileInput[] = [
  { ...MARKETER, constraints: { minSalaryUsd: 100_000 } },
  {
    skills: [
      { name: 'Programming', rating: 4 },
      { name: 'Mathematics', rating: 3 },
    ],
    interests: ['I', 'C'],
  },
  NURSE,
  { currentOccupation: '15-1252.00', interests: ['E', 'C'] },
  { skills: [{ name: 'Repairing', level: 2.2 }, 'Operation and Control'], interests: ['R'] },
];
let shown: { input: ProfileInput; recs: readonly Recommendation[] }[];

beforeAll(async () => {
  ctx = await loadSharedContext();
  ml = trainSmallModel(ctx);
  shown = people.map((input) => ({
    input,
    recs: rankForProfile(ctx, ml, resolveProfile(input, { findOccupation: ctx.findOccupation }), {
      limit: 10,
      explain: true,
    }).recommendations,
  }));
});

const STEP = new RegExp(`(${SKILL_RATINGS.map((s) => s.label).join('|')}) \\((\\d) of 5\\)`, 'g');

describe('skill levels in explanations', () => {
  it('are steps of the one skill scale, word and number agreeing, never an O*NET decimal', () => {
    let steps = 0;
    for (const { recs } of shown) {
      for (const r of recs) {
        const text = r.explanation!.text;
        expect(text).not.toMatch(/level \d|\d\.\d+ needed|from \d(\.\d)? to \d/);
        for (const [, label, n] of text.matchAll(STEP)) {
          expect(SKILL_RATINGS[Number(n) - 1]!.label).toBe(label);
          steps++;
        }
      }
    }
    expect(steps).toBeGreaterThan(20);
  });

  it('name a gap only when the job needs a higher step than the person stated', () => {
    for (const { recs } of shown) {
      for (const r of recs) {
        for (const g of r.skillGaps) {
          if (g.currentRating !== null) expect(g.requiredRating).toBeGreaterThan(g.currentRating);
        }
      }
    }
  });
});

describe('tools in demand', () => {
  it('are the recommendation’s ranked list in the facts and, first three in order, in the text', () => {
    for (const { recs } of shown) {
      for (const r of recs) {
        const facts = r.explanation!.facts;
        const names = r.toolsInDemand.map((t) => t.name);
        expect(facts.hotTechnologies).toEqual(names.slice(0, 5));
        const text = r.explanation!.text;
        let at = -1;
        for (const name of names.slice(0, 3)) {
          const next = text.indexOf(name, at + 1);
          expect(next, `${r.code}: ${name} in order`).toBeGreaterThan(at);
          at = next;
        }
      }
    }
  });

  it('leave out what the person’s current job already uses, and say so', () => {
    for (const { input, recs } of shown.filter((s) => s.input.currentOccupation)) {
      const current = ctx.findOccupation(input.currentOccupation as OnetCode)!;
      const known = new Set(current.technologies.map((t) => t.name));
      for (const r of recs) {
        for (const t of r.toolsInDemand) expect(known.has(t.name), t.name).toBe(false);
        if (r.toolsInDemand.length > 0) {
          expect(r.explanation!.text).toContain('leaving out what your current job already uses');
        }
      }
    }
  });
});

describe('borrowed BLS figures', () => {
  it('are named wherever they are shown: pay, outlook and the sentence about them', () => {
    let borrowed = 0;
    for (const { input, recs } of shown) {
      for (const r of recs) {
        const b = r.wageBorrowedFrom;
        const facts = r.explanation!.facts;
        expect(facts.salary.borrowedFrom).toEqual(b);
        expect(facts.outlook.borrowedFrom).toEqual(r.outlook?.borrowedFrom ?? null);
        const text = r.explanation!.text;
        if (!b) {
          expect(text).toContain('The BLS median wage is');
          continue;
        }
        borrowed++;
        expect(text).toContain(`BLS publishes no figures for ${r.title} alone`);
        expect(text).toContain(b.title);
        expect(text).not.toContain('The BLS median wage is');
        if (input.constraints?.minSalaryUsd)
          expect(text).toContain('this job’s own pay may differ');
      }
    }
    expect(borrowed).toBeGreaterThan(0);
  });

  it('say whose the pay and the Bright Outlook are, for a broader occupation and a BLS group', () => {
    const r = shown.flatMap((s) => s.recs).find((x) => x.explanation)!;
    const facts = r.explanation!.facts;
    const from = (kind: BorrowedFigures['kind']): BorrowedFigures => ({
      socCode: '11-9121',
      title: 'Natural Sciences Managers',
      kind,
      note: '',
    });
    const text = (kind: BorrowedFigures['kind'], floor: number | null, meets: boolean | null) =>
      toExplanationText({
        ...facts,
        title: 'Clinical Research Coordinators',
        salary: {
          median: { kind: 'exact', usd: 161_180 },
          medianText: '$161,180',
          floorUsd: floor,
          meetsFloor: meets,
          borrowedFrom: from(kind),
        },
        outlook: { ...facts.outlook, brightOutlook: true, borrowedFrom: from(kind) },
      } satisfies ExplanationFacts);
    expect(text('broader-occupation', 150_000, true)).toContain(
      'BLS publishes no figures for Clinical Research Coordinators alone; its broader occupation, Natural Sciences Managers, has a Bright Outlook and a median wage of $161,180, above your floor (this job’s own pay may differ).',
    );
    expect(text('bls-group', null, null)).toContain(
      'BLS reports Clinical Research Coordinators only within the group Natural Sciences Managers, which has a Bright Outlook and a median wage of $161,180.',
    );
  });
});
