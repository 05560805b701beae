// fast-check generators shared by the property tests of the features and the scorers.
import fc from 'fast-check';
import type { SkillLevelSource } from '../../src/core/domain/index.js';

/** A skill level on the LV scale: the anchors and anything in between. */
export const level = fc.oneof(
  fc.constantFrom(0, 1, 2.5, 4, 5.5, 7),
  fc.double({ min: 0, max: 7, noNaN: true }),
);

/** An interest or work-value score in [0, 1]. */
export const score = fc.oneof(
  fc.constantFrom(0, 0.5, 1),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

/** Where a known level came from. */
export const source = fc.constantFrom<SkillLevelSource>('stated', 'stated-default', 'inferred');

/** A skill, left out more often the smaller `freq` is. */
export const skill = (freq: number) => fc.option(fc.tuple(level, source), { nil: null, freq });
