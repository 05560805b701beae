/**
 * Distinct, realistic recommendation requests for load benchmarks, so that no per-profile
 * cache can make a benchmark faster than real traffic: each comes from a different rateable
 * occupation (seeded choice) and reads like what a person types — 4–7 of its most important
 * skills (some rated 1–5, some just named), its top 2–3 interest letters and 1–3 top work
 * values, and sometimes a salary floor or a Job Zone ceiling.
 */
import type { Catalog } from '../src/core/domain/index.js';
import { RIASEC, SKILLS, WORK_VALUES } from '../src/core/domain/index.js';
import { createRng } from '../src/core/random/index.js';

export interface BenchRequest {
  readonly profile: Record<string, unknown>;
  readonly model: 'ml' | 'baseline';
  readonly limit: number;
  readonly explain: boolean;
}

const topIndices = (scores: readonly number[], k: number) =>
  scores
    .map((v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, k)
    .map(([, i]) => i);

/** `count` profiles (at most one per rateable occupation), the same for the same seed. */
export function benchProfiles(
  catalog: Catalog,
  count: number,
  seed = 7,
): Record<string, unknown>[] {
  const rng = createRng(seed).fork('bench-profiles');
  const sources = rng
    .shuffle(
      catalog.occupations.filter((o) => o.rateable && o.skills && o.interests && o.workValues),
    )
    .slice(0, count);
  return sources.map((o) => {
    const skills = topIndices(
      o.skills!.map((r) => r.importance),
      4 + rng.int(4),
    ).map((i) => {
      const name = SKILLS[i]!.name;
      return rng.next() < 0.5
        ? name
        : { name, rating: 1 + Math.min(4, Math.round((o.skills![i]!.level / 7) * 4)) };
    });
    const interests = topIndices(o.interests!.scores, 2 + rng.int(2)).map((i) => RIASEC[i]!.name);
    const values = topIndices(o.workValues!.scores, 1 + rng.int(3)).map(
      (i) => WORK_VALUES[i]!.name,
    );
    const constraints: Record<string, number> = {};
    if (rng.next() < 0.4) constraints.minSalaryUsd = rng.pick([35_000, 50_000, 65_000]);
    if (rng.next() < 0.3) constraints.maxJobZone = 3 + rng.int(3);
    return { skills, interests, values, constraints };
  });
}

/**
 * autocannon options that POST the given JSON bodies, one per request, in turn (the `requests`
 * pipeline's setupRequest picks the next body each time).
 */
export function cyclingPosts(bodies: readonly string[]) {
  let next = 0;
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          body: bodies[next++ % bodies.length],
        }),
      },
    ],
  };
}
