import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../app/recommend/index.js';
import { formatFigureNotes } from './format-figure-notes.js';
import { formatResolution } from './format-resolution.js';

const borrowedFrom = {
  socCode: '11-9121',
  title: 'Natural Sciences Managers',
  kind: 'broader-occupation' as const,
  note: '',
};
const rec = (title: string, borrowed: boolean) =>
  ({
    title,
    wageBorrowedFrom: borrowed ? borrowedFrom : null,
    outlook: { borrowedFrom: borrowed ? borrowedFrom : null },
  }) as unknown as Recommendation;

describe('the notes under the CLI table', () => {
  it('say whose figures each starred row shows, and how a salary floor treats them', () => {
    const items = [
      rec('Natural Sciences Managers', false),
      rec('Clinical Research Coordinators', true),
    ];
    expect(formatFigureNotes(items, 100_000)).toEqual([
      '* Clinical Research Coordinators: BLS publishes no figures for this job alone; pay and outlook are for the broader occupation Natural Sciences Managers (SOC 11-9121).',
      "* Your salary floor ($100,000) is checked against those figures: this job passes it on the broader figure, and the job's own pay may be lower.",
    ]);
    expect(formatFigureNotes(items, undefined)).toHaveLength(1);
    expect(formatFigureNotes([rec('Registered Nurses', false)], 100_000)).toEqual([]);
  });

  it('say what a typed job and everyday skill words were read as', () => {
    expect(
      formatResolution({
        currentOccupation: {
          input: 'staff nurse',
          how: 'title',
          code: '29-1141.00' as never,
          title: 'Registered Nurses',
          confidence: 'exact',
          matchedTitle: 'Staff Nurse',
          matchedField: 'alternate',
          why: '"staff nurse" is an alternate O*NET title of Registered Nurses',
          alsoListedFor: [{ code: '29-1141.01' as never, title: 'Acute Care Nurses' }],
        },
        skills: [
          { input: 'coding', id: '2.B.3.e', name: 'Programming', how: 'everyday word' },
          { input: 'Writing', id: '2.A.1.c', name: 'Writing', how: 'name' },
        ],
      }),
    ).toEqual([
      'Current job: "staff nurse" read as Registered Nurses (29-1141.00), exact match; "staff nurse" is an alternate O*NET title of Registered Nurses.',
      '  O*NET lists that title for Acute Care Nurses (29-1141.01) too; give the code with --current to choose one.',
      'Skills read as: "coding" → Programming.',
      '',
    ]);
    expect(formatResolution({ currentOccupation: null, skills: [] })).toEqual([]);
  });
});
