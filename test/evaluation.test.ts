import { beforeAll, describe, expect, it } from 'vitest';
import { runBenchmark, type BenchmarkReport } from '../src/app/evaluate/index.js';
import { loadSharedContext } from './support/recommender.js';

// A reduced but still meaningful run of `careers eval` (every 6th source occupation, 3 folds,
// 4,000 pairs per model). It asserts only what is stable; the full numbers are in
// docs/EVALUATION.md, produced by `npm run eval`.
let report: BenchmarkReport;
beforeAll(async () => {
  const ctx = await loadSharedContext();
  report = runBenchmark(ctx, {
    seed: 42,
    folds: 3,
    pairs: 4000,
    sourceStride: 6,
    kinds: ['full', 'sparse'],
    resamples: 100,
  });
}, 600_000);

const ndcg = (name: string, kind: 'full' | 'sparse') => {
  const r = report.results.find((x) => x.name === name);
  if (!r?.byKind[kind]) throw new Error(`no ${name} result for ${kind}`);
  return r.byKind[kind]!.ndcg10.mean;
};

describe('benchmark against O*NET related occupations (reduced)', () => {
  it('queries a meaningful number of source occupations', () => {
    expect(report.settings.sources).toBeGreaterThanOrEqual(140);
  });

  it('ranks far better than random order for both full and sparse profiles', () => {
    expect(ndcg('ml', 'full')).toBeGreaterThan(10 * ndcg('random', 'full'));
    expect(ndcg('ml', 'sparse')).toBeGreaterThan(5 * ndcg('random', 'sparse'));
  });

  it('beats the same-SOC-group baseline by a wide margin on full profiles', () => {
    expect(ndcg('ml', 'full')).toBeGreaterThan(ndcg('same-group', 'full') + 0.05);
  });

  it('beats simple cosine matching on sparse self-reports by a wide margin', () => {
    expect(ndcg('ml', 'sparse')).toBeGreaterThan(1.5 * ndcg('cosine', 'sparse'));
  });

  it('calibrates matchPercent: the shown matches are far closer to observed rates than raw scores', () => {
    expect(report.reliability.map((r) => r.kind)).toEqual(['full', 'sparse']);
    for (const r of report.reliability) {
      const shown = r.shown.reduce((s, b) => s + b.count, 0);
      expect(shown).toBe(10 * report.settings.sources);
      expect(r.errorShown).toBeLessThan(0.1);
      expect(r.errorShownUncalibrated).toBeGreaterThan(3 * r.errorShown);
    }
  });

  it('reports 95% bootstrap intervals that contain the mean', () => {
    for (const r of report.results) {
      for (const m of Object.values(r.byKind)) {
        expect(m!.ndcg10.low).toBeLessThanOrEqual(m!.ndcg10.mean);
        expect(m!.ndcg10.high).toBeGreaterThanOrEqual(m!.ndcg10.mean);
      }
    }
  });
});
