/** Growth threshold: 2024–34 employment change of at least 5% ("faster than average"). */
export const BRIGHT_OUTLOOK_MIN_CHANGE_PERCENT = 5;

/** Openings threshold: at least 10.0 thousand a year, i.e. 100,000 or more over 2024–34. */
export const BRIGHT_OUTLOOK_MIN_ANNUAL_OPENINGS_THOUSANDS = 10;

/** The Bright Outlook flag and the sentence that explains it. */
export interface BrightOutlook {
  readonly brightOutlook: boolean;
  readonly brightOutlookReason: string;
}

const pct = (n: number): string => `${n.toFixed(1)}%`;
const thousands = (n: number): string => `${n.toFixed(1)} thousand`;

/**
 * The Bright Outlook rule, after O*NET's definition for the 2024–34 projections: an occupation
 * is Bright Outlook when its projected employment change is at least 5% (faster than average;
 * the all-occupations rate is 3.1%, and O*NET uses 1.5 × that, rounded) OR its average annual
 * openings are at least 10.0 thousand (100,000 or more over the decade). Both inputs are the
 * EP Table 1.2 figures; with no projections the flag is false and the reason says so.
 */
export function toBrightOutlook(
  changePercent: number | null,
  annualOpeningsThousands: number | null,
  averageChangePercent = 3.1,
): BrightOutlook {
  if (changePercent === null || annualOpeningsThousands === null) {
    return {
      brightOutlook: false,
      brightOutlookReason: 'No BLS projections cover this occupation.',
    };
  }
  const grows = changePercent >= BRIGHT_OUTLOOK_MIN_CHANGE_PERCENT;
  const opens = annualOpeningsThousands >= BRIGHT_OUTLOOK_MIN_ANNUAL_OPENINGS_THOUSANDS;
  const growth = `employment change ${pct(changePercent)} in 2024–34`;
  const openings = `${thousands(annualOpeningsThousands)} openings a year`;
  const average = `the all-occupations average is ${pct(averageChangePercent)}`;
  if (grows && opens) {
    return {
      brightOutlook: true,
      brightOutlookReason: `Bright Outlook: ${growth} is at least 5% (${average}) and ${openings} is at least 10 thousand (100,000 over the decade).`,
    };
  }
  if (grows) {
    return {
      brightOutlook: true,
      brightOutlookReason: `Bright Outlook: ${growth} is at least 5%, faster than average (${average}).`,
    };
  }
  if (opens) {
    return {
      brightOutlook: true,
      brightOutlookReason: `Bright Outlook: ${openings} is at least 10 thousand (100,000 or more over 2024–34), although ${growth} is under 5%.`,
    };
  }
  return {
    brightOutlook: false,
    brightOutlookReason: `Not Bright Outlook: ${growth} is under 5% (${average}) and ${openings} is under 10 thousand.`,
  };
}
