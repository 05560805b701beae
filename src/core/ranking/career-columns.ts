import { RIASEC_LETTERS, SKILLS, WORK_VALUES } from '../domain/index.js';
import {
  CONTEXT_FEATURES,
  PROFILE_DIMENSIONS,
  type CareerProfile,
  type ContextRole,
} from '../features/index.js';

/** How one block of columns is read off a career: `width` values per career. */
interface BlockSpec {
  readonly width: number;
  readonly value: (career: CareerProfile, i: number) => number;
}

/** Offset of each block's first column in CareerColumns.data (in columns). */
export interface ColumnOffsets {
  /** Emphasis per profile dimension (the fit block and the skill alignment). */
  readonly emphasis: number;
  /** vector / |vector| (the profile cosine). */
  readonly unitVector: number;
  /** Centred RIASEC part / its norm, and the same for work values (the two correlations). */
  readonly unitInterest: number;
  readonly unitValue: number;
  /** Skill emphasis / its norm (similarity to the skills of the job a profile was inferred from). */
  readonly unitSkillEmphasis: number;
  /** abilityZ / its norm and workStyleZ / its norm (0 for careers of another width). */
  readonly unitAbility: number;
  readonly unitWorkStyle: number;
  /** 1 / |topSkills| where the skill is a top skill (the top-skill coverage). */
  readonly topSkill: number;
  /** 1 where the letter is the first high point (the first-interest match). */
  readonly firstHighPoint: number;
  /** 1 / |highPoints| where the letter is a high point (the interest code overlap). */
  readonly highPointShare: number;
  /** 1 where the work value is the career's top value. */
  readonly topValue: number;
  /** 1 where the career's Job Zone is jobZones[i]. */
  readonly jobZone: number;
  /** Levels centred over all skills / their norm (the level correlation of a full profile). */
  readonly unitLevel: number;
  /** Raw skill levels (LV) and importances (IM), for the shortfall and surplus. */
  readonly level: number;
  readonly importance: number;
}

/**
 * A careers array laid out column by column (one Float64Array, column j at j × count), so that a
 * score that is linear in some per-career quantity is one tight `z += w · column` loop over all
 * careers. Only what does not depend on a model is here; it is built once per careers array.
 */
export interface CareerColumns extends ColumnOffsets {
  readonly count: number;
  readonly width: number;
  readonly data: Float64Array;
  /** Width of every non-empty abilityZ / workStyleZ that has a column block (the usual one). */
  readonly abilityWidth: number;
  readonly workStyleWidth: number;
  /** The distinct Job Zones of the careers, ascending. */
  readonly jobZones: readonly number[];
  /** log₂ of the median wage, NaN when unknown. */
  readonly log2Wage: Float64Array;
  /** Position of each career in the careers array, by code. */
  readonly indexByCode: ReadonlyMap<string, number>;
  /** The careers' technology vectors, one after another (see TechnologyColumns). */
  readonly technology: TechnologyColumns;
  /** First column of each context feature whose record declares a column split. */
  readonly featureColumns: ReadonlyMap<ContextRole, number>;
}

/**
 * Every career's technology vector in one pair of arrays (compressed sparse rows): career c's
 * terms and weights are at [offsets[c], offsets[c + 1]); `vocabulary` is 1 + the largest term.
 */
export interface TechnologyColumns {
  readonly offsets: Int32Array;
  readonly terms: Int32Array;
  readonly weights: Float64Array;
  readonly vocabulary: number;
}

function toTechnologyColumns(careers: readonly CareerProfile[]): TechnologyColumns {
  const offsets = new Int32Array(careers.length + 1);
  careers.forEach((c, i) => {
    offsets[i + 1] = offsets[i]! + c.technology.terms.length;
  });
  const terms = new Int32Array(offsets[careers.length]!);
  const weights = new Float64Array(terms.length);
  let vocabulary = 0;
  careers.forEach((c, i) => {
    terms.set(c.technology.terms, offsets[i]);
    weights.set(c.technology.weights, offsets[i]);
    for (const t of c.technology.terms) if (t >= vocabulary) vocabulary = t + 1;
  });
  return { offsets, terms, weights, vocabulary };
}

/** x / √normSq, or 0 when the norm is 0 (a zero vector has cosine 0 with everything). */
const unit = (x: number, normSq: number) => (normSq === 0 ? 0 : x / Math.sqrt(normSq));

/** The width most careers have among the non-empty ones (0 when all are empty). */
function usualWidth(lengths: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const n of lengths) if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = 0;
  for (const [n, c] of counts) if (c > (counts.get(best) ?? 0)) best = n;
  return best;
}

/** Lays out a careers array column by column (see CareerColumns). */
export function toCareerColumns(careers: readonly CareerProfile[]): CareerColumns {
  const abilityWidth = usualWidth(careers.map((c) => c.abilityZ.length));
  const workStyleWidth = usualWidth(careers.map((c) => c.workStyleZ.length));
  const jobZones = [...new Set(careers.flatMap((c) => (c.jobZone === null ? [] : [c.jobZone])))];
  jobZones.sort((a, b) => a - b);
  const skills = SKILLS.length;
  const blocks: Record<keyof ColumnOffsets, BlockSpec> = {
    emphasis: { width: PROFILE_DIMENSIONS, value: (c, i) => c.emphasis[i]! },
    unitVector: { width: PROFILE_DIMENSIONS, value: (c, i) => unit(c.vector[i]!, c.vectorNormSq) },
    unitInterest: { width: 6, value: (c, i) => unit(c.interestCentred[i]!, c.interestSumSq) },
    unitValue: { width: 6, value: (c, i) => unit(c.valueCentred[i]!, c.valueSumSq) },
    unitSkillEmphasis: {
      width: skills,
      value: (c, i) => unit(c.emphasis[i]!, c.skillEmphasisNormSq),
    },
    unitAbility: {
      width: abilityWidth,
      value: (c, i) =>
        c.abilityZ.length === abilityWidth ? unit(c.abilityZ[i]!, c.abilityNormSq) : 0,
    },
    unitWorkStyle: {
      width: workStyleWidth,
      value: (c, i) =>
        c.workStyleZ.length === workStyleWidth ? unit(c.workStyleZ[i]!, c.workStyleNormSq) : 0,
    },
    topSkill: {
      width: skills,
      value: (c, i) => (c.topSkills.includes(i) ? 1 / c.topSkills.length : 0),
    },
    firstHighPoint: {
      width: RIASEC_LETTERS.length,
      value: (c, i) => (c.highPoints[0] === RIASEC_LETTERS[i] ? 1 : 0),
    },
    highPointShare: {
      width: RIASEC_LETTERS.length,
      value: (c, i) =>
        c.highPoints.length === 0 ? 0 : ((c.highPointMask >> i) & 1) / c.highPoints.length,
    },
    topValue: { width: WORK_VALUES.length, value: (c, i) => (c.topValue === i ? 1 : 0) },
    jobZone: { width: jobZones.length, value: (c, i) => (c.jobZone === jobZones[i] ? 1 : 0) },
    unitLevel: { width: skills, value: (c, i) => unit(c.levelCentred[i]!, c.levelSumSq) },
    level: { width: skills, value: (c, i) => c.skillLevels[i]! },
    importance: { width: skills, value: (c, i) => c.skillImportance[i]! },
  };
  // The named blocks, then one block per context feature with a column split (its record's).
  const all: [string, BlockSpec][] = [
    ...Object.entries(blocks),
    ...CONTEXT_FEATURES.flatMap((f): [string, BlockSpec][] =>
      f.fast.kind === 'columns'
        ? [[`feature:${f.role}`, { width: f.fast.width, value: f.fast.career }]]
        : [],
    ),
  ];
  const n = careers.length;
  const offsets = new Map<string, number>();
  let width = 0;
  for (const [name, block] of all) {
    offsets.set(name, width);
    width += block.width;
  }
  const data = new Float64Array(width * n);
  for (const [name, block] of all) {
    for (let i = 0; i < block.width; i++) {
      const column = (offsets.get(name)! + i) * n;
      careers.forEach((c, k) => {
        data[column + k] = block.value(c, i);
      });
    }
  }
  return {
    ...(Object.fromEntries(
      Object.keys(blocks).map((k) => [k, offsets.get(k)!]),
    ) as unknown as ColumnOffsets),
    count: n,
    width,
    data,
    abilityWidth,
    workStyleWidth,
    jobZones,
    log2Wage: Float64Array.from(careers, (c) =>
      c.medianWageUsd === null ? Number.NaN : Math.log2(c.medianWageUsd),
    ),
    indexByCode: new Map(careers.map((c, i) => [c.code as string, i])),
    technology: toTechnologyColumns(careers),
    featureColumns: new Map(
      CONTEXT_FEATURES.flatMap((f) =>
        f.fast.kind === 'columns' ? [[f.role, offsets.get(`feature:${f.role}`)!] as const] : [],
      ),
    ),
  };
}

const shared = new WeakMap<readonly CareerProfile[], CareerColumns>();
/** Columns of selections (selectCareers), made on first use: a scorer without columns never pays. */
const selected = new WeakMap<readonly CareerProfile[], () => CareerColumns>();

/** The columns of a careers array, built on first use and kept while the array lives. */
export function careerColumnsOf(careers: readonly CareerProfile[]): CareerColumns {
  let columns = shared.get(careers);
  if (!columns || columns.count !== careers.length) {
    columns = selected.get(careers)?.() ?? toCareerColumns(careers);
    shared.set(careers, columns);
  }
  return columns;
}

const byCareer = new WeakMap<CareerColumns, Float64Array>();

/** The columns' data career by career (career c's `width` values at c × width), made once. */
function careerMajor(cols: CareerColumns): Float64Array {
  let rows = byCareer.get(cols);
  if (!rows) {
    rows = new Float64Array(cols.data.length);
    for (let j = 0; j < cols.width; j++)
      for (let c = 0; c < cols.count; c++)
        rows[c * cols.width + j] = cols.data[j * cols.count + c]!;
    byCareer.set(cols, rows);
  }
  return rows;
}

/**
 * The careers at `indices` of `all`, as a new array whose columns, when a scorer asks for them,
 * are copied from all's (and kept as careerColumnsOf keeps them): scoring a few careers then
 * costs a few careers, not a new layout, and gives each career the number scoring all of them
 * gives (up to rounding: a profile inferred from an occupation outside the selection has its
 * skill features summed column by column instead of from that occupation's cached rows).
 */
export function selectCareers(
  all: readonly CareerProfile[],
  indices: readonly number[],
): readonly CareerProfile[] {
  const careers = indices.map((i) => all[i]!);
  selected.set(careers, () => {
    const from = careerColumnsOf(all);
    const rows = careerMajor(from);
    const n = careers.length;
    const { width } = from;
    const data = new Float64Array(width * n);
    for (let k = 0; k < n; k++) {
      const row = indices[k]! * width;
      for (let j = 0; j < width; j++) data[j * n + k] = rows[row + j]!;
    }
    return {
      ...from,
      count: n,
      data,
      log2Wage: Float64Array.from(indices, (i) => from.log2Wage[i]!),
      indexByCode: new Map(careers.map((c, k) => [c.code as string, k])),
      technology: toTechnologyColumns(careers),
    };
  });
  return careers;
}
