import {
  SKILLS,
  toSkillRating,
  wageLowerBoundUsd,
  type Occupation,
  type SkillRating,
} from '../domain/index.js';
import type { Feasibility, PathwayStep, TimeFigure } from './pathway-schema.js';
import { toEntryRequirements, type EntryRequirements } from './step-readiness.js';
import { MIN_STONE_YEARS } from './time-assumptions.js';

/** Importance (IM) at or above which a skill counts as one the occupation needs. */
const NEEDED_IMPORTANCE = 3;

/** Where the person stands before a move. */
export interface RouteState {
  /** 35 O*NET levels in SKILLS order: stated, inferred or learnt on the route; null = unknown. */
  readonly skillLevels: readonly (number | null)[];
  /** Skills named without a level: taken at their word, never shown as a gap. */
  readonly takenAtWord: readonly boolean[];
  /** Years of study after high school reached so far (the ladder of time-assumptions.ts). */
  readonly educationYears: number;
  /** The job the person is in (null: none given yet). */
  readonly job: Occupation | null;
  /** True while `job` is the person's current job (its years are `yearsInJob`). */
  readonly isCurrentJob: boolean;
  readonly yearsInJob: number;
}

/** What building one step needs besides the state. */
export interface StepContext {
  /** True when O*NET lists the two occupations as related, in either direction. */
  readonly related: (a: Occupation, b: Occupation) => boolean;
  readonly requirements: (o: Occupation) => EntryRequirements;
}

/** A built step, its state after the move and how far the skills fell short. */
export interface BuiltStep {
  readonly step: PathwayStep;
  readonly next: RouteState;
  /** Σ over needed skills of importance/5 × rating steps short (unknown levels count as 2). */
  readonly shortfall: number;
  /** False when the move cannot be made in one step (a Job Zone jump above 2 without study). */
  readonly allowed: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

interface Gap {
  readonly k: number;
  readonly required: SkillRating;
  readonly current: SkillRating | null;
  readonly importance: number;
  readonly short: number;
}

function toGaps(state: RouteState, to: Occupation): Gap[] {
  const gaps: Gap[] = [];
  to.skills?.forEach((rating, k) => {
    if (rating.importance < NEEDED_IMPORTANCE || state.takenAtWord[k]) return;
    const level = state.skillLevels[k] ?? null;
    const required = toSkillRating(rating.level);
    const current = level === null ? null : toSkillRating(level);
    const short = current === null ? 2 : required - current;
    if (short > 0) gaps.push({ k, required, current, importance: rating.importance, short });
  });
  return gaps.sort((a, b) => b.importance * b.short - a.importance * a.short || a.k - b.k);
}

function toExperienceStep(
  state: RouteState,
  to: Occupation,
  req: EntryRequirements,
  ctx: StepContext,
  notes: string[],
): TimeFigure & { unmet: boolean } {
  const need = req.experience.years;
  const job = state.job;
  if (job === null) {
    return { ...req.experience, unmet: need > 0 };
  }
  const related = ctx.related(job, to);
  if (state.isCurrentJob) {
    if (!related && need > 0)
      notes.push(
        `O*NET does not list ${job.title} as related to ${to.title}: the experience asked for may have to come from a related job`,
      );
    const left = related ? Math.max(0, need - state.yearsInJob) : need;
    const counted =
      state.yearsInJob > 0 && related ? `, less your ${state.yearsInJob} years in it` : '';
    return {
      years: round1(left),
      basis: `${req.experience.basis}${counted}`,
      unmet: !related && need > 0,
    };
  }
  const stoneTraining = ctx.requirements(job).training.years;
  const stay = Math.max(need, stoneTraining, MIN_STONE_YEARS);
  const why =
    stay === need
      ? req.experience.basis
      : stay === stoneTraining
        ? `time to learn ${job.title} on the job (${ctx.requirements(job).training.basis})`
        : `at least ${MIN_STONE_YEARS} years in a stepping stone (our assumption)`;
  if (!related && need > 0)
    notes.push(
      `O*NET does not list ${job.title} as related to ${to.title}: employers may not count it as related experience`,
    );
  return { years: round1(stay), basis: `in ${job.title}: ${why}`, unmet: !related && need > 0 };
}

function toFeasibility(
  gaps: readonly Gap[],
  jobZoneJump: number,
  unmet: boolean,
  rated: boolean,
  studyYears: number,
): Feasibility {
  const worst = gaps.reduce((m, g) => Math.max(m, g.short), 0);
  // A Job Zone jump of two is a stretch unless the move includes the study that bridges it.
  if (unmet || worst >= 2 || (jobZoneJump >= 2 && studyYears === 0)) return 'stretch';
  // Without skill ratings nobody can say the person is ready: at best within reach.
  return gaps.length === 0 && jobZoneJump <= 0 && rated ? 'ready' : 'within reach';
}

/**
 * One move from `state` into `to`: the skill gaps it closes, the Job Zone and wage change, the
 * study and related experience needed first, the training after, and the state after it (the
 * occupation's O*NET skill levels learnt, the education reached).
 */
export function buildStep(state: RouteState, to: Occupation, ctx: StepContext): BuiltStep {
  const req = ctx.requirements(to);
  const notes: string[] = [];
  const gaps = toGaps(state, to);
  const studyYears = Math.max(0, req.educationYears - state.educationYears);
  const enough = req.educationEnoughPercent(state.educationYears);
  const education: TimeFigure =
    studyYears === 0
      ? {
          years: 0,
          basis: req.education
            ? `BLS typical entry: ${req.education}, which you have`
            : 'no BLS education figure',
        }
      : {
          years: studyYears,
          basis: `BLS typical entry: ${req.education}; ${studyYears} years of full-time study from your level (the ladder in docs/API.md)${enough === null ? '' : `; ${enough}% of O*NET respondents say your level is enough`}`,
        };
  const experience = toExperienceStep(state, to, req, ctx, notes);
  // A residency or internship (BLS) comes before independent practice: it counts in the time
  // to be ready, not in the training after.
  const residency = to.outlook?.onTheJobTraining === 'Internship/residency';
  if (residency)
    notes.push(
      `The internship or residency (${round1(req.training.years)} years) comes before independent practice, so it is counted in the time to be ready.`,
    );
  const from = state.job;
  const fromZone = from?.jobZone ?? null;
  const jump = fromZone === null || to.jobZone === null ? 0 : to.jobZone - fromZone;
  const fromMedian = from?.wages?.medianAnnualUsd ?? null;
  const toMedian = to.wages?.medianAnnualUsd ?? null;
  const a = fromMedian?.kind === 'exact' ? wageLowerBoundUsd(fromMedian) : null;
  const b = toMedian?.kind === 'exact' ? wageLowerBoundUsd(toMedian) : null;
  if (!to.skills)
    notes.push(`O*NET has no skill ratings for ${to.title}: no skill gaps can be named`);
  const step: PathwayStep = {
    from: from ? { code: from.code, title: from.title } : null,
    to: { code: to.code, title: to.title },
    onetRelated: from ? ctx.related(from, to) : false,
    skillGaps: gaps.slice(0, 5).map((g) => ({
      skillId: SKILLS[g.k]!.id,
      skill: SKILLS[g.k]!.name,
      requiredRating: g.required,
      currentRating: g.current,
      importance: g.importance,
    })),
    skillsShort: gaps.length,
    skillsRated: to.skills !== null,
    jobZone: { from: fromZone, to: to.jobZone },
    wage: {
      fromMedianUsd: fromMedian,
      toMedianUsd: toMedian,
      changeUsd: a === null || b === null ? null : b - a,
      toPct25Usd: to.wages?.pct25AnnualUsd ?? null,
      toPct75Usd: to.wages?.pct75AnnualUsd ?? null,
    },
    time: {
      education,
      experience: { years: experience.years, basis: experience.basis },
      readyYears: round1(education.years + experience.years + (residency ? req.training.years : 0)),
      training: { years: round1(req.training.years), basis: req.training.basis },
    },
    entryEducation: req.education,
    credentials: [...req.credentials],
    feasibility: toFeasibility(gaps, jump, experience.unmet, to.skills !== null, studyYears),
    notes,
  };
  const learnt = state.skillLevels.map((level, k) => {
    const there = to.skills?.[k]?.level;
    return there === undefined ? level : Math.max(level ?? 0, there);
  });
  return {
    step,
    next: {
      skillLevels: learnt,
      takenAtWord: state.takenAtWord,
      educationYears: Math.max(state.educationYears, req.educationYears),
      job: to,
      isCurrentJob: false,
      yearsInJob: 0,
    },
    shortfall: gaps.reduce((s, g) => s + (g.importance / 5) * g.short, 0),
    allowed: jump <= 2 || studyYears > 0,
  };
}

export { toEntryRequirements };
