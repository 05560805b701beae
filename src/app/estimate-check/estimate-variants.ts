import { DEFAULT_ESTIMATOR, type EstimatorOptions } from '../../core/estimate/index.js';

/** One way of estimating profiles, measured beside the product's. */
export interface EstimateVariant {
  readonly name: string;
  readonly description: string;
  /** Null: the population mean profile of the other rated occupations (no signal at all). */
  readonly options: EstimatorOptions | null;
}

const only = (signals: Partial<EstimatorOptions['weights']>): EstimatorOptions => ({
  ...DEFAULT_ESTIMATOR,
  weights: {
    related: 0,
    soc: 0,
    tasks: 0,
    technology: 0,
    interests: 0,
    jobZone: 0,
    ...signals,
  },
});

/** The product's estimator first, then the same estimator with fewer signals, then no signal. */
export const ESTIMATE_VARIANTS: readonly EstimateVariant[] = [
  {
    name: 'product',
    description: 'all six signals (the estimator the product uses)',
    options: DEFAULT_ESTIMATOR,
  },
  {
    name: 'no-related',
    description: 'without Related Occupations (SOC, tasks, technology, interests, Job Zone)',
    options: { ...DEFAULT_ESTIMATOR, weights: { ...DEFAULT_ESTIMATOR.weights, related: 0 } },
  },
  { name: 'related-only', description: 'Related Occupations only', options: only({ related: 1 }) },
  { name: 'soc-only', description: 'SOC siblings only', options: only({ soc: 1 }) },
  {
    name: 'tasks-technology',
    description: 'task and technology similarity only',
    options: only({ tasks: 1, technology: 0.5 }),
  },
  {
    name: 'population-mean',
    description: 'the mean profile of the rated occupations (no signal)',
    options: null,
  },
];
