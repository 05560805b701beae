import type { BorrowedFigures, ToolInDemand, WageValue } from '../../core/domain/index.js';
import type { ExplanationFacts } from '../../core/explain/index.js';
import type { ProfileResolution } from '../profile/index.js';
import type {
  ConfidenceBasis,
  ExclusionReason,
  ScorerKind,
  SkillGap,
} from '../../core/ranking/index.js';

/** Whether an LLM rewrote the explanation, and why not when it did not. */
export interface LlmUse {
  readonly used: boolean;
  readonly reason?: string;
  readonly model?: string;
}

/** The explanation attached to a recommendation. */
export interface Explanation {
  readonly text: string;
  /** The rule-based text, kept when an LLM rewrite replaced `text`. */
  readonly deterministicText?: string;
  readonly facts: ExplanationFacts;
  readonly llm: LlmUse;
}

/** One recommended occupation, as every edge (CLI JSON, API, web) shows it. */
export interface Recommendation {
  readonly rank: number;
  readonly code: string;
  readonly title: string;
  /**
   * The ranking key in [0, 1]: for the model, its probability blended with how well the
   * occupation fits people from the occupations that fit you best (see the model description);
   * for the baseline, the cosine similarity.
   */
  readonly score: number;
  /**
   * For the model: round(100 × calibrated probability), the share of occupations with this score
   * that O*NET's experts list as related to the job a profile like this comes from (measured on
   * held-out occupations; a monotone map of `score`, so it never changes the order). For the
   * baseline: round(score × 100).
   */
  readonly matchPercent: number;
  readonly confidence: ConfidenceBasis['confidence'];
  readonly confidenceBasis: ConfidenceBasis;
  /** Median annual wage in USD; for top-coded wages the lower bound (see medianAnnualWage). */
  readonly medianAnnualWageUsd: number | null;
  readonly medianAnnualWage: WageValue | null;
  readonly wageText: string;
  readonly wagePercentiles: {
    readonly p10: WageValue;
    readonly p25: WageValue;
    readonly p75: WageValue;
    readonly p90: WageValue;
  } | null;
  /** True when an O*NET detail code takes its SOC's BLS figures. */
  readonly wageInheritedFromSoc: boolean;
  /**
   * Set when the wage and its percentiles are not this occupation's own (a broader occupation's
   * or a BLS group's), with the note to show beside them; null when they are its own.
   */
  readonly wageBorrowedFrom: BorrowedFigures | null;
  readonly outlook: {
    readonly brightOutlook: boolean;
    readonly changePercent: number | null;
    readonly annualOpeningsThousands: number | null;
    readonly reason: string;
    /** Set when the projection is a broader occupation's or a BLS group's (see wageBorrowedFrom). */
    readonly borrowedFrom: BorrowedFigures | null;
  } | null;
  readonly typicalEducation: string | null;
  readonly jobZone: number | null;
  readonly skillGaps: readonly SkillGap[];
  /**
   * Technologies O*NET flags In Demand (this job's postings) or Hot (all postings), most relevant
   * first (see rankToolsInDemand), without those of the person's current job; at most 10. The
   * card and the detail dialog show this one list.
   */
  readonly toolsInDemand: readonly ToolInDemand[];
  readonly interestCodes: readonly string[];
  readonly explanation?: Explanation;
  /** Set when an LLM moved this item; the score stays the model's. */
  readonly reranked?: { readonly from: number; readonly reason: string };
}

/** The model that produced a ranking. */
export interface ModelInfo {
  readonly kind: ScorerKind;
  readonly version: string;
  readonly description: string;
}

/** A ranked answer for one profile. */
export interface RecommendationResult {
  readonly model: ModelInfo;
  readonly recommendations: readonly Recommendation[];
  /** How many rateable occupations were scored, and how many constraints removed (by reason). */
  readonly considered: number;
  readonly excluded: Readonly<Partial<Record<ExclusionReason, number>>>;
  readonly reranked: boolean;
  /** What each typed name (current job, skills) was resolved to, and how sure. */
  readonly resolved?: ProfileResolution;
}
