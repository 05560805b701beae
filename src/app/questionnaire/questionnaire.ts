import { z } from 'zod';
import { RIASEC, type InterestActivity, type RiasecLetter } from '../../core/domain/index.js';

/** One questionnaire item: an O*NET illustrative activity to rate from 1 (dislike) to 5 (like). */
export interface QuestionnaireItem {
  readonly id: string;
  readonly activity: string;
  readonly letter: RiasecLetter;
}

/** Items per RIASEC area (6 × 5 = 30 items). */
export const ITEMS_PER_AREA = 5;

/**
 * The interest questionnaire, from O*NET's Interests Illustrative Activities: per area its
 * General activities first, then single-area Basic ones, until there are five; items are
 * interleaved R, I, A, S, E, C so that no area comes in one block.
 */
export function buildQuestionnaire(activities: readonly InterestActivity[]): QuestionnaireItem[] {
  const perArea = RIASEC.map((area) => {
    const own = activities.filter(
      (a) => a.letter === area.letter && (a.letters?.length ?? 1) === 1,
    );
    const general = own.filter((a) => a.interestType === 'General');
    const basic = own.filter((a) => a.interestType !== 'General');
    return [...general, ...basic].slice(0, ITEMS_PER_AREA);
  });
  const items: QuestionnaireItem[] = [];
  for (let i = 0; i < ITEMS_PER_AREA; i++) {
    perArea.forEach((list, areaIndex) => {
      const a = list[i];
      if (a)
        items.push({
          id: `${RIASEC[areaIndex]!.letter}${i + 1}`,
          activity: a.activity,
          letter: a.letter,
        });
    });
  }
  return items;
}

/** Answers: item id → 1 (strongly dislike) … 5 (strongly like). */
export const questionnaireAnswersSchema = z
  .object({
    answers: z.record(z.string().regex(/^[RIASEC][1-9]$/), z.number().int().min(1).max(5)),
  })
  .strict()
  .meta({
    example: {
      answers: {
        R1: 2,
        I1: 4,
        A1: 3,
        S1: 5,
        E1: 4,
        C1: 2,
        R2: 1,
        I2: 5,
        A2: 2,
        S2: 4,
        E2: 3,
        C2: 3,
      },
    },
  });

/** Scores in O*NET's OI scale and the letters in order, ready to use as `interests`. */
export interface QuestionnaireScores {
  /** Six scores on O*NET's 1–7 OI scale, RIASEC order (null for an area with no answer). */
  readonly scores: Readonly<Record<RiasecLetter, number | null>>;
  /** Letters with answers, strongest first (ties in RIASEC order). */
  readonly order: readonly RiasecLetter[];
  readonly answered: number;
}

/**
 * Scores the answers: per area the mean answer (1–5) mapped linearly onto O*NET's 1–7 OI scale
 * (1 → 1, 3 → 4, 5 → 7). Unknown item ids are rejected by the caller's schema.
 */
export function scoreQuestionnaire(
  items: readonly QuestionnaireItem[],
  answers: Readonly<Record<string, number>>,
): QuestionnaireScores {
  const byId = new Map(items.map((i) => [i.id, i]));
  const sums = new Map<RiasecLetter, { sum: number; n: number }>();
  let answered = 0;
  for (const [id, value] of Object.entries(answers)) {
    const item = byId.get(id);
    if (!item) continue;
    const s = sums.get(item.letter) ?? { sum: 0, n: 0 };
    s.sum += value;
    s.n += 1;
    sums.set(item.letter, s);
    answered++;
  }
  const scores = Object.fromEntries(
    RIASEC.map((a) => {
      const s = sums.get(a.letter);
      return [a.letter, s ? 1 + ((s.sum / s.n - 1) * 6) / 4 : null];
    }),
  ) as Record<RiasecLetter, number | null>;
  const order = RIASEC.map((a) => a.letter)
    .filter((l) => scores[l] !== null)
    .sort(
      (a, b) =>
        scores[b]! - scores[a]! ||
        RIASEC.findIndex((x) => x.letter === a) - RIASEC.findIndex((x) => x.letter === b),
    );
  return { scores, order, answered };
}
