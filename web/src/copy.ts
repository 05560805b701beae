// Short texts shown beside the API's names, quoted from (or condensed from) the O*NET 30.1
// Content Model Reference, which the catalog does not carry.
import type { RiasecLetter } from './api/types.js';

/** What each RIASEC area means (O*NET Content Model, first sentence). */
export const RIASEC_TEXT: Readonly<Record<RiasecLetter, string>> = {
  R: 'Designing, building or repairing equipment, materials or structures; physical activity; working outdoors.',
  I: 'Studying and researching non-living objects, living organisms, disease or human behavior.',
  A: 'Creating original artwork, performances, written works, food or music, or applying artistic principles to design.',
  S: 'Helping, teaching, advising, assisting or providing service to others.',
  E: 'Managing, negotiating, marketing or selling, or leading and advising people.',
  C: 'Following procedures and regulations to organize information or data.',
};

/** What each work value means (O*NET Content Model). */
export const VALUE_TEXT: Readonly<Record<string, string>> = {
  Achievement:
    'Results oriented; lets you use your strongest abilities and gives a feeling of accomplishment.',
  'Working Conditions': 'Job security and good working conditions.',
  Recognition: 'Advancement, potential for leadership; often considered prestigious.',
  Relationships: 'Service to others and friendly, non-competitive co-workers.',
  Support: 'Supportive management that stands behind employees.',
  Independence: 'Working on your own and making decisions.',
};
