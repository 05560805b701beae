import type { ProfileInput } from '../profile/index.js';

/** Someone an adviser would recognise, with the profile they would give the product. */
export interface Person {
  /** Short stable id (tests and the table refer to it). */
  readonly id: string;
  /** Who they are, in a few words. */
  readonly who: string;
  readonly profile: ProfileInput;
  /** What they want that the profile cannot say yet (empty when it says everything). */
  readonly notYetExpressible?: string;
}

/**
 * The people of the people table (docs/EVALUATION.md, `careers eval people`) and of the tests
 * that check what such people are offered. Profiles are what each would type, not tuned to any
 * result.
 */
export const PEOPLE: readonly Person[] = [
  {
    id: 'nurse',
    who: 'A registered nurse who wants to leave bedside nursing',
    profile: {
      currentOccupation: '29-1141.00',
      constraints: { minSalaryUsd: 70_000, maxJobZone: 4 },
      preferences: { change: 'new-direction' },
    },
  },
  {
    id: 'warehouse',
    who: 'A warehouse worker who wants better pay',
    profile: {
      currentOccupation: '53-7062.00',
      constraints: { minSalaryUsd: 45_000, maxJobZone: 3 },
    },
  },
  {
    id: 'marketing',
    who: 'A marketing coordinator moving into tech',
    profile: {
      currentOccupation: '13-1161.00',
      constraints: { minSalaryUsd: 60_000, socMajorGroups: ['15'] },
    },
  },
  {
    id: 'teacher',
    who: 'An elementary school teacher leaving the classroom',
    profile: {
      currentOccupation: '25-2021.00',
      interests: ['S', 'E', 'A'],
      values: ['Relationships', 'Achievement'],
      constraints: { minSalaryUsd: 55_000, avoidSocMajorGroups: ['25'] },
    },
  },
  {
    id: 'retail',
    who: 'A retail salesperson who wants a steadier, better-paid job',
    profile: {
      currentOccupation: '41-2031.00',
      values: ['Working Conditions', 'Support'],
      constraints: { minSalaryUsd: 40_000, maxJobZone: 3 },
    },
  },
  {
    id: 'veteran',
    who: 'A veteran who ran supply and logistics in the army',
    profile: {
      skills: [
        { name: 'Management of Material Resources', rating: 4 },
        { name: 'Coordination', rating: 4 },
        { name: 'Monitoring', rating: 4 },
        { name: 'Time Management', rating: 4 },
        { name: 'Management of Personnel Resources', rating: 3 },
      ],
      interests: ['C', 'E', 'R'],
      values: ['Support', 'Achievement'],
      constraints: { minSalaryUsd: 50_000 },
    },
  },
  {
    id: 'returner',
    who: 'A parent returning to work after eight years, once an office administrator',
    profile: {
      skills: [
        { name: 'Writing', rating: 3 },
        { name: 'Speaking', rating: 3 },
        { name: 'Active Listening', rating: 3 },
        { name: 'Time Management', rating: 3 },
        { name: 'Coordination', rating: 3 },
      ],
      interests: ['C', 'S'],
      values: ['Working Conditions', 'Relationships'],
      constraints: { maxJobZone: 3 },
    },
  },
  {
    id: 'data',
    who: 'A data person: programming, statistics, systems',
    profile: {
      skills: [
        'Programming',
        'Mathematics',
        'Critical Thinking',
        'Complex Problem Solving',
        'Systems Analysis',
      ],
      interests: ['I', 'C'],
      values: ['Achievement', 'Independence'],
      constraints: { socMajorGroups: ['15'] },
    },
  },
  {
    id: 'trucker',
    who: 'A long-haul truck driver whose back says stop',
    profile: {
      currentOccupation: '53-3032.00',
      interests: ['R', 'C'],
      constraints: { minSalaryUsd: 50_000, maxJobZone: 3 },
      preferences: { change: 'new-direction' },
    },
    notYetExpressible:
      'less physical work (no such preference yet; "new-direction" moves away from driving)',
  },
  {
    id: 'graduate',
    who: 'A new biology graduate',
    profile: {
      skills: [
        { name: 'Science', rating: 4 },
        { name: 'Reading Comprehension', rating: 4 },
        { name: 'Writing', rating: 3 },
        { name: 'Critical Thinking', rating: 3 },
      ],
      interests: ['I', 'R'],
      values: ['Achievement', 'Working Conditions'],
      constraints: { maxJobZone: 4 },
    },
  },
  {
    id: 'assistant',
    who: 'An administrative assistant who likes the numbers side',
    profile: {
      currentOccupation: '43-6014.00',
      interests: ['C', 'E'],
      skills: ['Mathematics', 'Critical Thinking'],
      constraints: { minSalaryUsd: 55_000 },
    },
  },
];

/** The person with an id (throws on an unknown id: a typo in a test, not a user error). */
export function personById(id: string): Person {
  const person = PEOPLE.find((p) => p.id === id);
  if (!person) throw new Error(`no person ${id} in PEOPLE`);
  return person;
}
