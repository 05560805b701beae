import { resolveProfile, type ProfileInput } from '../../src/app/profile/index.js';
import {
  createRecommenderContext,
  rankForProfile,
  type RecommendationResult,
} from '../../src/app/recommend/index.js';
import { createCosineScorer } from '../../src/core/ranking/index.js';
import { loadSharedCatalog } from '../support/catalog.js';

/** A profile with stated skills, interests, values and a salary floor, so every fact is filled. */
export const ANALYST_PROFILE: ProfileInput = {
  skills: [{ name: 'Programming', level: 5 }, 'Critical Thinking', 'Mathematics'],
  interests: ['Investigative', 'Conventional'],
  values: ['Achievement', 'Independence'],
  constraints: { minSalaryUsd: 60000 },
};

/** Real recommendations (shared O*NET/BLS catalog, cosine baseline) and every O*NET title. */
export async function loadRealResult(
  limit = 5,
  profile: ProfileInput = ANALYST_PROFILE,
): Promise<{ result: RecommendationResult; knownTitles: string[] }> {
  const catalog = await loadSharedCatalog();
  const ctx = createRecommenderContext(catalog);
  const resolved = resolveProfile(profile, { findOccupation: ctx.findOccupation });
  const result = rankForProfile(ctx, createCosineScorer(), resolved, { limit, explain: true });
  return { result, knownTitles: catalog.occupations.map((o) => o.title) };
}
