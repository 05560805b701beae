import type { Catalog } from '../../core/domain/index.js';

/** Weight of log10(employment in thousands): 3.4 million registered nurses get ×1.35, 1,000 workers ×1.03. */
const PRIOR_WEIGHT = 0.1;

/**
 * A mild multiplier per occupation (same order as `catalog.occupations`) that favours common
 * occupations, so an everyday word lands on what most people mean ("nurse" → Registered
 * Nurses). Occupations without their own BLS count get the neutral 1: those without BLS data,
 * O*NET detail codes (`.01`…, e.g. Critical Care Nurses), whose row is their parent's, and
 * codes whose BLS row is an aggregate of several SOC codes.
 */
export function toEmploymentPriors(catalog: Catalog): readonly number[] {
  return catalog.occupations.map((occupation) => {
    const outlook = occupation.outlook;
    const thousands = outlook?.employment2024Thousands ?? null;
    const ownCount = outlook !== null && !outlook.inheritedFromSoc && outlook.aggregate !== true;
    if (!ownCount || thousands === null || thousands <= 0) {
      return 1;
    }
    return 1 + PRIOR_WEIGHT * Math.log10(1 + thousands);
  });
}
