import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext, trainSmallModel } from '../../../test/support/recommender.js';
import { resolveProfile } from '../../app/profile/index.js';
import { rankForProfile, type RecommenderContext } from '../../app/recommend/index.js';
import type { UserProfile } from '../domain/index.js';
import { toUserContext } from '../features/index.js';
import type { Scorer } from '../ranking/index.js';
import type { ExplanationFacts } from './explanation-schema.js';
import { checkExplanation, type TruthCheckInput } from './truth-check.js';

let ctx: RecommenderContext;
let model: Scorer;

beforeAll(async () => {
  ctx = await loadSharedContext();
  model = trainSmallModel(ctx);
});

/** The first explained recommendation for a profile, as the checker's input. */
function explained(profile: UserProfile, code?: string): TruthCheckInput {
  const result = rankForProfile(ctx, model, profile, { limit: 20, explain: true });
  const r = code
    ? result.recommendations.find((x) => x.code === code)!
    : result.recommendations[0]!;
  const career = ctx.findCareer(r.code)!;
  return {
    user: toUserContext(profile, ctx.population),
    career,
    occupation: ctx.catalog.occupations[career.catalogIndex]!,
    facts: r.explanation!.facts,
    text: r.explanation!.text,
  };
}

const writer = () =>
  resolveProfile(
    { skills: ['Writing', 'Speaking'], interests: ['E', 'I'], values: ['Achievement'] },
    { findOccupation: ctx.findOccupation },
  );

const rulesOf = (input: TruthCheckInput) => checkExplanation(input).map((v) => v.rule);

const withFacts = (input: TruthCheckInput, facts: Partial<ExplanationFacts>): TruthCheckInput => ({
  ...input,
  facts: { ...input.facts, ...facts },
});

describe('the truth checker', () => {
  it('passes a generated explanation', () => {
    expect(checkExplanation(explained(writer()))).toEqual([]);
  });

  it('catches a strength, gap or skill to check the person’s profile does not bear out', () => {
    const ok = explained(writer());
    const gap = {
      skillId: '2.A.1.a',
      skill: 'Reading Comprehension',
      requiredLevel: 5,
      currentLevel: null,
      requiredRating: 4 as const,
      currentRating: null,
      importance: 4,
      gap: 5,
    };
    expect(rulesOf(withFacts(ok, { skillsThatFit: ['Mathematics'] }))).toContain('strength');
    expect(rulesOf(withFacts(ok, { gaps: [gap] }))).toContain('gap');
    const writing = { ...gap, skill: 'Writing' };
    expect(rulesOf(withFacts(ok, { skillsToCheck: [writing] }))).toContain('to-check');
  });

  it('catches a factor or a current job that does not apply to the person', () => {
    const ok = explained(writer());
    const tools = {
      id: 'technology',
      kind: 'career-profile' as const,
      label: 'tools',
      contribution: 0.2,
    };
    expect(rulesOf(withFacts(ok, { factors: [...ok.facts.factors, tools] }))).toContain(
      'not-applicable',
    );
    expect(rulesOf({ ...ok, text: `${ok.text} It uses the tools of your current job.` })).toContain(
      'not-applicable',
    );
  });

  it('catches a false "holds it back": interests the person shares, outlook of a growing job', () => {
    const ok = explained(writer());
    const letters = ok.career.highPoints.slice(0, 2);
    const sharing = resolveProfile(
      { skills: ['Writing'], interests: [...letters] },
      { findOccupation: ctx.findOccupation },
    );
    const input = { ...ok, user: toUserContext(sharing, ctx.population) };
    const interests = {
      id: 'interests',
      kind: 'interests' as const,
      label: 'your interests',
      contribution: -0.5,
      reason: 'interests-differ' as const,
      subjects: ['Conventional'],
      yourRating: null,
      neededRating: null,
      yourJobZone: null,
    };
    const factors = [...ok.facts.factors.filter((f) => f.id !== 'interests'), interests];
    expect(rulesOf(withFacts(input, { factors, holdingBack: interests }))).toContain(
      'holding-back',
    );
    const bright = ctx.careers.find(
      (c) => ctx.catalog.occupations[c.catalogIndex]!.outlook?.brightOutlook,
    )!;
    const outlook = { ...interests, id: 'outlook', kind: 'outlook' as const, label: 'job outlook' };
    expect(
      rulesOf({
        ...withFacts(ok, {
          factors: [...ok.facts.factors, outlook],
          holdingBack: { ...outlook, reason: 'outlook-not-growing' },
        }),
        career: bright,
        occupation: ctx.catalog.occupations[bright.catalogIndex]!,
      }),
    ).toContain('holding-back');
  });

  it('catches vague filler, "build" for a skill not stated, "your X are" and a list without "and"', () => {
    const ok = explained(writer());
    const say = (s: string) => rulesOf({ ...ok, text: `${ok.text} ${s}` });
    expect(say('What holds it back: how Writing fits the job.')).toContain('filler');
    expect(say('Next steps: build Programming to advanced (4 of 5).')).toContain('skill-mention');
    expect(say('Raising Programming to expert would help.')).toContain('skill-mention');
    const strengths = withFacts(ok, { skillsThatFit: ['Writing', 'Speaking'] });
    const grammar = (s: string) => checkExplanation({ ...strengths, text: s }).map((v) => v.rule);
    expect(grammar('your Writing are put to real use here.')).toContain('grammar');
    expect(grammar('your Writing and Speaking is put to real use here.')).toContain('grammar');
    expect(grammar('it draws on Writing, Speaking.')).toContain('grammar');
    expect(grammar('your Writing and Speaking are put to real use here.')).toEqual([]);
  });
});
