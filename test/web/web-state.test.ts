import { describe, expect, it } from 'vitest';
import { profileInputSchema } from '../../src/app/profile/index.js';
import { decodeShareHash, encodeShareHash } from '../../web/src/state/persistence.js';
import {
  INITIAL_STATE,
  levelToRating,
  parseWebState,
  personRiasec,
  saysSomething,
  toProfileInput,
  type WebState,
} from '../../web/src/state/web-state.js';

const JOB = { code: '15-1252.00', title: 'Software Developers', interests: null, rated: true };

const filled: WebState = {
  ...INITIAL_STATE,
  step: 'results',
  currentJob: JOB,
  answers: { I1: 5, C1: 4 },
  interestScores: { I: 7, C: 5.5 },
  skills: { Programming: 5, Writing: 3, Mathematics: 4 },
  skillsFromJob: ['Writing', 'Mathematics'],
  valueOrder: [
    'Independence',
    'Achievement',
    'Working Conditions',
    'Recognition',
    'Relationships',
    'Support',
  ],
  valuesStated: true,
  minSalaryUsd: 70_000,
  maxJobZone: 4,
  socMajorGroups: ['15', '13'],
  brightOutlookOnly: true,
};

describe('toProfileInput', () => {
  it('sends only what the person stated: ratings taken from the job are left to the API to infer', () => {
    const profile = toProfileInput(filled);
    expect(profile).toEqual({
      currentOccupation: '15-1252.00',
      skills: [{ name: 'Programming', rating: 5 }],
      interests: { I: 7, C: 5.5 },
      values: [
        'Independence',
        'Achievement',
        'Working Conditions',
        'Recognition',
        'Relationships',
        'Support',
      ],
      constraints: {
        minSalaryUsd: 70_000,
        maxJobZone: 4,
        socMajorGroups: ['15', '13'],
        brightOutlookOnly: true,
      },
    });
    expect(profileInputSchema.parse(profile)).toEqual(profile);
  });

  it('says nothing about values until they are ordered, and nothing at all for a blank state', () => {
    expect(toProfileInput({ ...filled, valuesStated: false }).values).toBeUndefined();
    expect(toProfileInput(INITIAL_STATE)).toEqual({});
    expect(saysSomething(INITIAL_STATE)).toBe(false);
    expect(saysSomething({ ...INITIAL_STATE, currentJob: JOB })).toBe(true);
    expect(saysSomething({ ...INITIAL_STATE, currentJob: { ...JOB, rated: false } })).toBe(false);
  });

  it('sends picked letters in order in letter mode', () => {
    const s = { ...INITIAL_STATE, interestMode: 'letters' as const, letters: ['S', 'E'] as const };
    expect(toProfileInput({ ...s, letters: [...s.letters] }).interests).toEqual(['S', 'E']);
  });
});

describe('parseWebState', () => {
  it('keeps a valid state as it is', () => {
    expect(parseWebState(JSON.parse(JSON.stringify(filled)))).toEqual(filled);
  });

  it('replaces each malformed field by its blank value instead of failing', () => {
    const parsed = parseWebState({
      step: 'nowhere',
      currentJob: { code: 'not a code' },
      skills: { Programming: 9, Writing: 2, Speaking: 'high' },
      answers: { I1: 0, C2: 3, '<script>': 5 },
      valueOrder: ['Achievement'],
      valuesStated: true,
      minSalaryUsd: -5,
      maxJobZone: 7,
      socMajorGroups: ['15', 'x'],
      view: 'llm',
      letters: ['I', 'I', 'Z'],
    });
    expect(parsed).toMatchObject({
      step: 'start',
      currentJob: null,
      skills: { Writing: 2 },
      answers: { C2: 3 },
      valueOrder: INITIAL_STATE.valueOrder,
      valuesStated: false,
      minSalaryUsd: null,
      maxJobZone: null,
      socMajorGroups: ['15'],
      view: 'ml',
      letters: ['I'],
    });
    expect(parseWebState('garbage')).toBe(INITIAL_STATE);
  });
});

describe('share links', () => {
  it('round-trip a state through the URL hash (non-ASCII included)', () => {
    const s = { ...filled, currentJob: { ...JOB, title: 'Café Managers — “night”' } };
    const hash = encodeShareHash(s);
    expect(hash).toMatch(/^#p=[A-Za-z0-9_-]+$/);
    expect(decodeShareHash(hash)).toEqual(s);
  });

  it('ignore hashes that are not share links or cannot be read', () => {
    expect(decodeShareHash('#results')).toBeNull();
    expect(decodeShareHash('#p=%%%')).toBeNull();
  });
});

describe('personRiasec and levelToRating', () => {
  it('puts questionnaire scores, picked letters or the job’s interests on the 1–7 scale', () => {
    expect(personRiasec(filled)).toEqual({ I: 7, C: 5.5 });
    const letters = personRiasec({
      ...INITIAL_STATE,
      interestMode: 'letters',
      letters: ['A', 'S'],
    });
    expect(letters).toEqual({ R: 1, I: 1, A: 7, S: 1 + 6 * 0.8, E: 1, C: 1 });
    const job = personRiasec({
      ...INITIAL_STATE,
      currentJob: { ...JOB, interests: [0, 1, 0.5, 0, 0, 0] },
    });
    expect(job).toEqual({ R: 1, I: 7, A: 4, S: 1, E: 1, C: 1 });
    expect(personRiasec(INITIAL_STATE)).toBeNull();
  });

  it('maps an O*NET level to the nearest self-rating of the API’s scale', () => {
    const scale = [1, 2.5, 4, 5.5, 7];
    expect([0, 1.7, 1.8, 3.3, 4.7, 6.4, 7].map((l) => levelToRating(l, scale))).toEqual([
      1, 1, 2, 3, 3, 5, 5,
    ]);
  });
});
