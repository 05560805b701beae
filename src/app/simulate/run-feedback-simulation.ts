import { bootstrapMean, type Estimate } from '../../core/evaluation/index.js';
import { toUserContext } from '../../core/features/index.js';
import { createRng } from '../../core/random/index.js';
import type { Scorer } from '../../core/ranking/index.js';
import type { StageProgress } from '../evaluate/index.js';
import { toExpandedScorer, type RecommenderContext } from '../recommend/index.js';
import { buildTruthAndSources, foldOf } from '../related/index.js';
import {
  DEFAULT_TRAINING,
  SPLIT_FOLDS,
  TEST_FOLD,
  measurePerSource,
  toFeedbackLabel,
  toTrainingFeedback,
  trainModel,
  type PerSourceMetrics,
  type PersonFeedbackPair,
} from '../train/index.js';
import {
  DEFAULT_REACTIONS,
  createSimulatedPerson,
  reactToList,
  type ReactionModel,
} from './simulated-person.js';

/** Options of the feedback simulation. */
export interface FeedbackSimulationOptions {
  readonly seed: number;
  /** Synthetic training pairs per model (the product's default is 40,000). */
  readonly pairs: number;
  /** Feedback events at which the model is retrained and measured, ascending (0 = no feedback). */
  readonly checkpoints: readonly number[];
  readonly resamples: number;
  readonly reactions?: ReactionModel;
  readonly onProgress?: StageProgress;
}

/** The product's ranking after a number of feedback events, measured on new held-out people. */
export interface SimulationRound {
  readonly events: number;
  readonly people: number;
  /** Sparse queries: NDCG@10 and Recall@10 (primary). */
  readonly ndcg10: number;
  readonly recall10: number;
  /** Full-profile queries. */
  readonly ndcg10Full: number;
  readonly recall10Full: number;
  /** Change against round 0 on the same people, with a 95% paired-bootstrap interval. */
  readonly sparseGain: Estimate;
  readonly fullGain: Estimate;
  /** Share of events that were thumbs-down, and of all events on the top 3 cards. */
  readonly downShare: number;
  readonly topThreeShare: number;
}

/** The simulation's results and the settings that produced them. */
export interface FeedbackSimulationReport {
  readonly settings: Omit<FeedbackSimulationOptions, 'onProgress'> & {
    readonly feedbackSources: number;
    readonly evaluationSources: number;
    readonly trainingSources: number;
  };
  readonly rounds: readonly SimulationRound[];
  /**
   * What perfect feedback could teach at most: the model trained with the Related Occupations
   * of every feedback source as well, measured on the same new people.
   */
  readonly ceiling: {
    readonly ndcg10: number;
    readonly ndcg10Full: number;
    readonly sparseGain: Estimate;
    readonly fullGain: Estimate;
  };
}

/** The hash fold (of SPLIT_FOLDS) whose source occupations the simulated people come from. */
export const FEEDBACK_FOLD = 1;

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);

/**
 * The feedback loop, simulated. The model is trained without the Related Occupations of two
 * hash folds of source occupations: people from one of them (FEEDBACK_FOLD) use the product
 * and react to what it shows them (see simulated-person.ts), the other (TEST_FOLD) are the new
 * people the model is measured on, with the benchmark's sparse and full queries. At each
 * checkpoint the model is retrained on the synthetic pairs plus every feedback event so far,
 * and the following people see the new model's recommendations.
 */
export function runFeedbackSimulation(
  ctx: RecommenderContext,
  options: FeedbackSimulationOptions,
): FeedbackSimulationReport {
  const reactions = options.reactions ?? DEFAULT_REACTIONS;
  const { truth, sources: all } = buildTruthAndSources(ctx);
  const fold = (s: number) => foldOf(ctx.codes[s]!, SPLIT_FOLDS);
  const feedbackSources = all.filter((s) => fold(s) === FEEDBACK_FOLD);
  const evaluationSources = all.filter((s) => fold(s) === TEST_FOLD);
  const trainingSources = all.filter((s) => fold(s) !== FEEDBACK_FOLD && fold(s) !== TEST_FOLD);
  const rng = createRng(options.seed);
  const feedback: (PersonFeedbackPair & { readonly rank: number; readonly down: boolean })[] = [];
  const negatives = rng.fork('feedback-negatives');
  const train = (round: number, relatedSources = trainingSources): Scorer => {
    options.onProgress?.('training', round, options.checkpoints.length + 1);
    return trainModel(
      ctx,
      {
        ...DEFAULT_TRAINING,
        seed: options.seed,
        pairs: options.pairs,
        relatedSources,
        heldOutFold: TEST_FOLD,
        extraPairs: toTrainingFeedback(
          feedback,
          () => negatives.int(ctx.careers.length),
          options.pairs,
        ),
      },
      '2000-01-01T00:00:00.000Z',
    ).scorer;
  };
  const measure = (base: Scorer) => ({
    sparse: measurePerSource(ctx, base, 'sparse', evaluationSources),
    full: measurePerSource(ctx, base, 'full', evaluationSources),
  });
  const gain = (now: PerSourceMetrics, before: PerSourceMetrics, label: string) =>
    bootstrapMean(
      now.ndcg10.map((v, i) => v - before.ndcg10[i]!),
      rng.fork(`bootstrap:${label}`),
      options.resamples,
    );

  const rounds: SimulationRound[] = [];
  let people = 0;
  let events = 0;
  let baseline: ReturnType<typeof measure> | null = null;
  let current: Scorer | null = null;
  const scores = new Float64Array(ctx.careers.length);
  options.checkpoints.forEach((target, round) => {
    if (current) {
      const shown = toExpandedScorer(ctx, current);
      while (events < target) {
        const personRng = rng.fork(`person:${people}`);
        const source = feedbackSources[personRng.int(feedbackSources.length)]!;
        const occupation = ctx.catalog.occupations[ctx.careers[source]!.catalogIndex]!;
        const person = createSimulatedPerson(
          occupation,
          source,
          truth.get(source)!,
          personRng,
          reactions,
        );
        shown.scoreAll(toUserContext(person.query, ctx.population), ctx.careers, scores);
        const page = Array.from(scores.keys())
          .sort((a, b) => scores[b]! - scores[a]! || a - b)
          .filter((i) => i !== source)
          .slice(0, 10);
        for (const r of reactToList(person, page, personRng.fork('react'), reactions)) {
          if (events >= target) break;
          const { label, weight } = toFeedbackLabel(r.rating, r.outcome);
          feedback.push({
            user: person.query,
            careerIndex: r.careerIndex,
            sourceIndex: source,
            label,
            weight,
            kind: 'feedback',
            person: `simulated-${people}`,
            rank: r.rank,
            down: r.rating === 'down',
          });
          events++;
        }
        people++;
      }
    }
    current = train(round);
    const measured = measure(current);
    baseline ??= measured;
    rounds.push({
      events,
      people,
      ndcg10: mean(measured.sparse.ndcg10),
      recall10: mean(measured.sparse.recall10),
      ndcg10Full: mean(measured.full.ndcg10),
      recall10Full: mean(measured.full.recall10),
      sparseGain: gain(measured.sparse, baseline.sparse, `sparse:${round}`),
      fullGain: gain(measured.full, baseline.full, `full:${round}`),
      downShare: events ? feedback.filter((f) => f.down).length / events : 0,
      topThreeShare: events ? feedback.filter((f) => f.rank < 3).length / events : 0,
    });
  });
  feedback.length = 0;
  const ceilingModel = measure(
    train(options.checkpoints.length, [...trainingSources, ...feedbackSources]),
  );
  const ceiling = {
    ndcg10: mean(ceilingModel.sparse.ndcg10),
    ndcg10Full: mean(ceilingModel.full.ndcg10),
    sparseGain: gain(ceilingModel.sparse, baseline!.sparse, 'sparse:ceiling'),
    fullGain: gain(ceilingModel.full, baseline!.full, 'full:ceiling'),
  };
  const { onProgress: _ignored, ...settings } = options;
  return {
    settings: {
      ...settings,
      reactions,
      feedbackSources: feedbackSources.length,
      evaluationSources: evaluationSources.length,
      trainingSources: trainingSources.length,
    },
    rounds,
    ceiling,
  };
}
