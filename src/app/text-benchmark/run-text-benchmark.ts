import { toQuery, ndcgAt, bootstrapMean, type Estimate } from '../../core/evaluation/index.js';
import { toUserContext, type UserContext } from '../../core/features/index.js';
import { createRng } from '../../core/random/index.js';
import type { Scorer } from '../../core/ranking/index.js';
import { buildTextIndex } from '../../core/text-profile/index.js';
import { AppError } from '../../errors.js';
import type { StageProgress } from '../evaluate/index.js';
import { resolveProfile } from '../profile/index.js';
import { toExpandedScorer, type RecommenderContext } from '../recommend/index.js';
import { buildTruthAndSources, foldOf } from '../related/index.js';
import {
  DEFAULT_TEXT_PROFILE,
  profileFromText,
  type TextProfileOptions,
} from '../text-profile/index.js';
import { DEFAULT_TRAINING, SPLIT_FOLDS, trainModel } from '../train/index.js';
import { buildResumeText, heldOutFilter } from './resume-texts.js';

/** Options of the résumé benchmark. */
export interface TextBenchmarkOptions {
  readonly seed: number;
  /** The fold (of 5, by the hash of the code) whose occupations are held out. */
  readonly fold: number;
  /** Training pairs of the model that ranks (trained without the held-out fold's related lists). */
  readonly pairs: number;
  readonly resamples: number;
  readonly profile?: TextProfileOptions;
  readonly onProgress?: StageProgress;
}

/** One kind of text: its occupation accuracy and downstream NDCG@10. */
export interface TextKindResult {
  readonly kind: 'single' | 'mixed';
  readonly texts: number;
  readonly top1: Estimate;
  readonly top3: Estimate;
  readonly ndcg10: Estimate;
}

/** One text the matcher got wrong (not in its top 3), for the report. */
export interface TextMiss {
  readonly kind: 'single' | 'mixed';
  readonly code: string;
  readonly title: string;
  readonly rank: number | null;
  readonly top: string;
  /** True when the text was read as an occupation of the same SOC major group. */
  readonly sameMajorGroup: boolean;
  readonly ndcg10: number;
}

/** The résumé benchmark's results. */
export interface TextBenchmarkReport {
  readonly settings: Omit<TextBenchmarkOptions, 'onProgress' | 'profile'> & {
    readonly sources: number;
  };
  readonly results: readonly TextKindResult[];
  /** The same sources, same model, with the benchmark's sparse and full queries. */
  readonly reference: { readonly sparse: Estimate; readonly full: Estimate };
  readonly misses: readonly TextMiss[];
  /** One example text per kind, to show what the benchmark reads. */
  readonly examples: readonly {
    readonly kind: string;
    readonly title: string;
    readonly text: string;
  }[];
}

/**
 * The résumé benchmark. Texts are written for the occupations of one held-out fold from half of
 * their O*NET text (task statements reworded, a reported or alternate title, technologies, noise;
 * `mixed` adds an earlier job of another held-out occupation); the matcher's index leaves that
 * half out, so no text is matched against the statements it was written from. The text's profile
 * is ranked by the product's model trained without the fold's related lists, and NDCG@10 is
 * measured against O*NET Related Occupations (source excluded), beside the sparse and full
 * queries of the same sources and model.
 */
export function runTextBenchmark(
  ctx: RecommenderContext,
  options: TextBenchmarkOptions,
): TextBenchmarkReport {
  const { truth, sources: all } = buildTruthAndSources(ctx);
  const sources = all.filter((s) => foldOf(ctx.codes[s]!, SPLIT_FOLDS) === options.fold);
  if (sources.length === 0) throw new AppError('VALIDATION_FAILED', 'The fold has no sources.');
  const occupationOf = (s: number) => ctx.catalog.occupations[ctx.careers[s]!.catalogIndex]!;
  const heldOutCodes = new Set(sources.map((s) => ctx.codes[s]!));

  options.onProgress?.('index', 0, 1);
  const index = buildTextIndex(ctx.catalog.occupations, heldOutFilter(heldOutCodes));
  options.onProgress?.('training', 0, 1);
  const { seed: _s, pairs: _p, ...recipe } = DEFAULT_TRAINING;
  const heldOutFold = options.fold === 0 ? 1 : 0;
  const model = trainModel(
    ctx,
    {
      ...recipe,
      seed: options.seed,
      pairs: options.pairs,
      relatedSources: all.filter((s) => foldOf(ctx.codes[s]!, SPLIT_FOLDS) !== options.fold),
      heldOutFold,
    },
    '2000-01-01T00:00:00.000Z',
  );
  const scorer: Scorer = toExpandedScorer(ctx, model.scorer);
  const scores = new Float64Array(ctx.careers.length);
  const ndcgOf = (source: number, user: UserContext) => {
    scorer.scoreAll(user, ctx.careers, scores);
    const ranked = Array.from({ length: scores.length }, (_, i) => i)
      .sort((a, b) => scores[b]! - scores[a]! || a - b)
      .filter((i) => i !== source);
    return ndcgAt(ranked, truth.get(source)!.gains, 10);
  };
  const resolver = { findOccupation: ctx.findOccupation };
  const est = (label: string, v: number[]) =>
    bootstrapMean(v, createRng(options.seed).fork(`text-bootstrap:${label}`), options.resamples);

  const misses: TextMiss[] = [];
  const examples: { kind: string; title: string; text: string }[] = [];
  const results: TextKindResult[] = [];
  const total = sources.length * 2;
  let done = 0;
  for (const kind of ['single', 'mixed'] as const) {
    const top1: number[] = [];
    const top3: number[] = [];
    const ndcg: number[] = [];
    sources.forEach((source, k) => {
      const occupation = occupationOf(source);
      const rng = createRng(options.seed).fork(`resume:${kind}:${occupation.code}`);
      const previous =
        kind === 'mixed'
          ? occupationOf(sources[(k + 1 + rng.int(sources.length - 1)) % sources.length]!)
          : undefined;
      const text = buildResumeText(occupation, rng, previous);
      if (k === 0) examples.push({ kind, title: occupation.title, text });
      let found;
      try {
        found = profileFromText(index, ctx.findOccupation, text, options.profile);
      } catch {
        found = null;
      }
      const rank = found ? found.occupations.findIndex((o) => o.code === occupation.code) : -1;
      top1.push(rank === 0 ? 1 : 0);
      top3.push(rank >= 0 && rank < 3 ? 1 : 0);
      const n = found
        ? ndcgOf(source, toUserContext(resolveProfile(found.profile, resolver), ctx.population))
        : 0;
      ndcg.push(n);
      if (rank < 0 || rank >= 3) {
        misses.push({
          kind,
          code: occupation.code,
          title: occupation.title,
          rank: rank < 0 ? null : rank + 1,
          top: found
            ? `${found.occupations[0]!.title} (${found.occupations[0]!.code})`
            : '(no profile)',
          sameMajorGroup: found
            ? found.occupations[0]!.code.slice(0, 2) === occupation.code.slice(0, 2)
            : false,
          ndcg10: n,
        });
      }
      done++;
      if (done % 20 === 0) options.onProgress?.('texts', done, total);
    });
    results.push({
      kind,
      texts: sources.length,
      top1: est(`${kind}:top1`, top1),
      top3: est(`${kind}:top3`, top3),
      ndcg10: est(`${kind}:ndcg`, ndcg),
    });
  }
  const reference = (kind: 'sparse' | 'full') =>
    est(
      kind,
      sources.map((s) =>
        ndcgOf(
          s,
          toUserContext(toQuery(kind, occupationOf(s), createRng(options.seed)), ctx.population),
        ),
      ),
    );
  const { onProgress: _o, profile: _pr, ...settings } = options;
  return {
    settings: { ...settings, sources: sources.length },
    results,
    reference: { sparse: reference('sparse'), full: reference('full') },
    misses,
    examples,
  };
}

/** The text-profile defaults, re-exported for the report. */
export const TEXT_PROFILE_DEFAULTS = DEFAULT_TEXT_PROFILE;
