import type { TitleMatch } from '../../src/app/ports/index.js';
import type { ProfileResolver } from '../../src/app/profile/index.js';
import type { OnetCode } from '../../src/core/domain/index.js';
import { makeOccupation } from './occupation-fixture.js';

/** A one-occupation catalog for profile tests: Registered Nurses, found by code or any "nurse" title. */
export const nurse = makeOccupation({
  code: '29-1141.00',
  title: 'Registered Nurses',
  skills: { 'Social Perceptiveness': [4.5, 5], Monitoring: [4, 4.5] },
  interests: [2, 5, 1, 7, 2, 3],
  highPoints: ['S', 'I'],
  jobZone: 3,
});

/** The resolver resolveProfile needs, over that one occupation: any text with "nurse" is its title. */
export const nurseResolver: ProfileResolver = {
  findOccupation: (code: OnetCode) => (code === nurse.code ? nurse : undefined),
  findTitles: (title: string): TitleMatch[] =>
    /nurse/i.test(title)
      ? [
          {
            code: nurse.code,
            title: nurse.title,
            score: 3.5,
            kind: 3,
            approximate: false,
            matchedTitle: title.trim(),
            matchedField: 'alternate',
            why: `matches the alternate title "${title.trim()}"`,
          },
        ]
      : [],
};
