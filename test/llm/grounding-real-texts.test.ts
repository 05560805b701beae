import { describe, expect, it } from 'vitest';
import { checkProposal, toEnhanceInput } from '../../src/app/enhance/index.js';
import type { ProfileInput } from '../../src/app/profile/index.js';
import { ANALYST_PROFILE, loadRealResult } from './real-result.js';

const PROFILES: readonly ProfileInput[] = [
  ANALYST_PROFILE,
  { interests: ['Artistic', 'Social'], values: ['Relationships'] },
  { skills: ['Repairing', 'Equipment Maintenance', 'Troubleshooting'], interests: ['Realistic'] },
  { currentOccupation: '29-1141.00', constraints: { maxJobZone: 3 } },
  {
    skills: [{ name: 'Speaking', rating: 5 }, 'Persuasion'],
    constraints: { minSalaryUsd: 150000 },
  },
];

describe('grounding on real facts', () => {
  it.each(PROFILES.map((p, i) => [i, p] as const))(
    'accepts the deterministic texts themselves as a grounded answer (profile %i)',
    async (_i, profile) => {
      const { result, knownTitles } = await loadRealResult(20, profile);
      const input = toEnhanceInput(result.recommendations, null, 2)!;
      const proposal = {
        items: result.recommendations.map((r) => ({ code: r.code, text: r.explanation!.text })),
        rerank: null,
      };
      expect(checkProposal(proposal, input, { knownTitles })).toEqual({ ok: true });
    },
  );
});
