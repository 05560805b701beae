import type { ModelKind, ProfileInput, RiasecLetter } from '../api/types.js';

/** The steps of the flow, in order. */
export const STEPS = [
  { id: 'start', label: 'Start' },
  { id: 'interests', label: 'Interests' },
  { id: 'skills', label: 'Skills' },
  { id: 'values', label: 'Values' },
  { id: 'constraints', label: 'Limits' },
  { id: 'results', label: 'Results' },
] as const;

/** One step of the flow. */
export type StepId = (typeof STEPS)[number]['id'];

/** Which results view: one model, or both side by side. */
export type ResultsView = ModelKind | 'compare';

/** The RIASEC letters in O*NET order. */
export const LETTERS: readonly RiasecLetter[] = ['R', 'I', 'A', 'S', 'E', 'C'];

/** The six work values in O*NET order (the API's names). */
export const VALUE_NAMES: readonly string[] = [
  'Achievement',
  'Working Conditions',
  'Recognition',
  'Relationships',
  'Support',
  'Independence',
];

/** The occupation a person starts from, with the interests O*NET gives it (0–1, RIASEC order). */
export interface CurrentJob {
  readonly code: string;
  readonly title: string;
  readonly interests: readonly number[] | null;
  /** False for the occupations O*NET has no ratings for: nothing can be inferred from them. */
  readonly rated: boolean;
}

/** Feedback this browser has sent about one occupation. */
export interface SentFeedback {
  readonly rating?: 'up' | 'down';
  readonly outcome?: 'interested' | 'applied' | 'hired';
}

/** Everything the person has said, as kept in localStorage and in a share link. */
export interface WebState {
  readonly step: StepId;
  readonly currentJob: CurrentJob | null;
  /**
   * The job title as typed in the first step. Only a job picked from the list is used; the
   * page warns while this differs from the picked job's title. Never sent to the API.
   */
  readonly jobDraft: string;
  readonly interestMode: 'questionnaire' | 'letters';
  /** Questionnaire answers, item id → 1 (strongly dislike) … 5 (strongly like). */
  readonly answers: Readonly<Record<string, number>>;
  /** The API's scores of `answers` (O*NET 1–7 scale); null until scored. */
  readonly interestScores: Readonly<Partial<Record<RiasecLetter, number>>> | null;
  /** Letters picked directly, in order of preference. */
  readonly letters: readonly RiasecLetter[];
  /** Self-ratings, skill name → 1–5; a skill not here is "not stated". */
  readonly skills: Readonly<Record<string, number>>;
  /** Skills whose rating was filled in from the current job (until the person changes them). */
  readonly skillsFromJob: readonly string[];
  /** The six work values, most important first. */
  readonly valueOrder: readonly string[];
  /** False until the person orders the values (an untouched order says nothing). */
  readonly valuesStated: boolean;
  readonly minSalaryUsd: number | null;
  readonly maxJobZone: number | null;
  readonly socMajorGroups: readonly string[];
  readonly brightOutlookOnly: boolean;
  readonly view: ResultsView;
  /** Ask the server's LLM (when it has one) to reword the explanations from the same facts. */
  readonly friendlyWording: boolean;
  readonly feedback: Readonly<Record<string, SentFeedback>>;
  /**
   * This visit's "not for me" (down) and "more like this" (up), code → rating, in the order
   * given; sent with every recommendation request and carried by the share link.
   */
  readonly visit: Readonly<Record<string, VisitRating>>;
}

/** A reaction within the visit: "not for me" or "more like this". */
export type VisitRating = 'up' | 'down';

/** The visit's reactions as the API takes them (`feedback` of POST /v1/recommendations). */
export function toVisitFeedback(s: WebState): { code: string; rating: VisitRating }[] {
  return Object.entries(s.visit).map(([code, rating]) => ({ code, rating }));
}

/** A blank profile at the first step. */
export const INITIAL_STATE: WebState = Object.freeze({
  step: 'start',
  currentJob: null,
  jobDraft: '',
  interestMode: 'questionnaire',
  answers: {},
  interestScores: null,
  letters: [],
  skills: {},
  skillsFromJob: [],
  valueOrder: VALUE_NAMES,
  valuesStated: false,
  minSalaryUsd: null,
  maxJobZone: null,
  socMajorGroups: [],
  brightOutlookOnly: false,
  view: 'ml',
  friendlyWording: false,
  feedback: {},
  visit: {},
});

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
const isLetter = (x: unknown): x is RiasecLetter => LETTERS.includes(x as RiasecLetter);

function pickRecord<T>(x: unknown, keep: (k: string, v: unknown) => v is T): Record<string, T> {
  const out: Record<string, T> = {};
  if (isObj(x)) for (const [k, v] of Object.entries(x)) if (keep(k, v)) out[k] = v;
  return out;
}

/**
 * Reads a stored or shared state defensively: anything malformed falls back to the blank
 * value for that field, so an old or hand-edited link never breaks the page.
 */
export function parseWebState(raw: unknown): WebState {
  if (!isObj(raw)) return INITIAL_STATE;
  const s = raw;
  const step = STEPS.some((x) => x.id === s.step) ? (s.step as StepId) : 'start';
  const job = isObj(s.currentJob) ? s.currentJob : null;
  const currentJob: CurrentJob | null =
    job && typeof job.code === 'string' && /^\d{2}-\d{4}\.\d{2}$/.test(job.code)
      ? {
          code: job.code,
          title: typeof job.title === 'string' ? job.title.slice(0, 200) : job.code,
          interests:
            Array.isArray(job.interests) &&
            job.interests.length === 6 &&
            job.interests.every((v) => typeof v === 'number')
              ? (job.interests as number[])
              : null,
          rated: job.rated !== false,
        }
      : null;
  const order = Array.isArray(s.valueOrder) ? s.valueOrder : [];
  const valueOrder =
    order.length === VALUE_NAMES.length && VALUE_NAMES.every((v) => order.includes(v))
      ? (order as string[])
      : VALUE_NAMES;
  const scores = pickRecord(
    s.interestScores,
    (k, v): v is number => isLetter(k) && typeof v === 'number',
  );
  const skills = pickRecord(s.skills, (_k, v): v is number => isInt(v, 1, 5));
  const letters = Array.isArray(s.letters) ? s.letters.filter(isLetter) : [];
  return {
    step,
    currentJob,
    jobDraft: typeof s.jobDraft === 'string' ? s.jobDraft.slice(0, 120) : '',
    interestMode: s.interestMode === 'letters' ? 'letters' : 'questionnaire',
    answers: pickRecord(
      s.answers,
      (k, v): v is number => /^[RIASEC]\d{1,2}$/.test(k) && isInt(v, 1, 5),
    ),
    interestScores: Object.keys(scores).length > 0 ? scores : null,
    letters: [...new Set(letters)],
    skills,
    skillsFromJob: Array.isArray(s.skillsFromJob)
      ? s.skillsFromJob.filter((k): k is string => typeof k === 'string' && k in skills)
      : [],
    valueOrder,
    valuesStated: s.valuesStated === true && valueOrder !== VALUE_NAMES,
    minSalaryUsd: isInt(s.minSalaryUsd, 0, 10_000_000) ? s.minSalaryUsd : null,
    maxJobZone: isInt(s.maxJobZone, 1, 5) ? s.maxJobZone : null,
    socMajorGroups: Array.isArray(s.socMajorGroups)
      ? s.socMajorGroups.filter((g): g is string => typeof g === 'string' && /^\d{2}$/.test(g))
      : [],
    brightOutlookOnly: s.brightOutlookOnly === true,
    view: s.view === 'baseline' || s.view === 'compare' ? s.view : 'ml',
    friendlyWording: s.friendlyWording === true,
    feedback: pickRecord(
      s.feedback,
      (k, v): v is SentFeedback => /^\d{2}-\d{4}\.\d{2}$/.test(k) && isObj(v),
    ),
    visit: pickRecord(
      s.visit,
      (k, v): v is VisitRating => /^\d{2}-\d{4}\.\d{2}$/.test(k) && (v === 'up' || v === 'down'),
    ),
  };
}

/** Score given to the k-th of several items named in order (the API's rank scores 1, 0.8 …). */
const rankScore = (rank: number) => Math.max(0.2, 1 - 0.2 * rank);

/** The profile to send to the API: only what the person stated (or took from their job). */
export function toProfileInput(s: WebState): ProfileInput {
  const profile: {
    -readonly [K in keyof ProfileInput]: ProfileInput[K];
  } = {};
  if (s.currentJob) profile.currentOccupation = s.currentJob.code;
  // Ratings still as filled in from the job are left to the API, which infers them (more
  // precisely) from currentOccupation and marks them as inferred rather than stated.
  const fromJob = new Set(s.currentJob ? s.skillsFromJob : []);
  const skills = Object.entries(s.skills)
    .filter(([name]) => !fromJob.has(name))
    .map(([name, rating]) => ({ name, rating }));
  if (skills.length > 0) profile.skills = skills;
  if (s.interestMode === 'letters' && s.letters.length > 0) profile.interests = [...s.letters];
  if (s.interestMode === 'questionnaire' && s.interestScores && Object.keys(s.answers).length > 0) {
    profile.interests = { ...s.interestScores } as Record<string, number>;
  }
  if (s.valuesStated) profile.values = [...s.valueOrder];
  const c: NonNullable<ProfileInput['constraints']> = {
    ...(s.minSalaryUsd !== null && s.minSalaryUsd > 0 ? { minSalaryUsd: s.minSalaryUsd } : {}),
    ...(s.maxJobZone !== null ? { maxJobZone: s.maxJobZone } : {}),
    ...(s.socMajorGroups.length > 0 ? { socMajorGroups: [...s.socMajorGroups] } : {}),
    ...(s.brightOutlookOnly ? { brightOutlookOnly: true } : {}),
  };
  if (Object.keys(c).length > 0) profile.constraints = c;
  return profile;
}

/** True when the profile gives the matcher something to go on. */
export function saysSomething(s: WebState): boolean {
  const p = toProfileInput(s);
  return Boolean(s.currentJob?.rated || p.skills?.length || p.interests || p.values);
}

/**
 * The person's RIASEC scores on O*NET's 1–7 scale, for the chart: questionnaire scores,
 * picked letters (by rank), or the current job's; null when none is known.
 */
export function personRiasec(s: WebState): Partial<Record<RiasecLetter, number>> | null {
  if (s.interestMode === 'questionnaire' && s.interestScores && Object.keys(s.answers).length > 0) {
    return s.interestScores;
  }
  if (s.interestMode === 'letters' && s.letters.length > 0) {
    const out: Partial<Record<RiasecLetter, number>> = {};
    for (const l of LETTERS) out[l] = 1;
    s.letters.forEach((l, i) => (out[l] = 1 + 6 * rankScore(i)));
    return out;
  }
  if (s.currentJob?.interests) {
    const out: Partial<Record<RiasecLetter, number>> = {};
    LETTERS.forEach((l, i) => (out[l] = 1 + 6 * (s.currentJob!.interests![i] ?? 0)));
    return out;
  }
  return null;
}

/** The 1–5 self-rating whose O*NET level (`selfRatingLevels`, from /v1/reference) is nearest. */
export function levelToRating(level: number, selfRatingLevels: readonly number[]): number {
  let best = 0;
  selfRatingLevels.forEach((l, i) => {
    if (Math.abs(l - level) < Math.abs((selfRatingLevels[best] ?? 0) - level)) best = i;
  });
  return best + 1;
}
