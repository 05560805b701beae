/** BLS Employment Projections 2024–34 for one occupation's SOC code. */
export interface Outlook {
  /** Employment in 2024, in thousands (as BLS publishes it). */
  readonly employment2024Thousands: number | null;
  /** Projected employment in 2034, in thousands. */
  readonly employment2034Thousands: number | null;
  /** Projected change 2024–34, percent. */
  readonly changePercent: number | null;
  /** Average annual openings 2024–34, in thousands. */
  readonly annualOpeningsThousands: number | null;
  /** BLS "Typical education needed for entry", or null when not given. */
  readonly typicalEntryEducation: string | null;
  /** BLS "Work experience in a related occupation". */
  readonly workExperience: string | null;
  /** BLS "Typical on-the-job training needed to attain competency". */
  readonly onTheJobTraining: string | null;
  /**
   * Bright Outlook: projected growth faster than average (≥ 1.5 × the all-occupations rate
   * rounded as O*NET does: at least 5% for 2024–34) or at least 100,000 openings over the decade.
   */
  readonly brightOutlook: boolean;
  /** Short reason the flag was (or was not) set, for explanations. */
  readonly brightOutlookReason: string;
  /** SOC code whose projections row was used. */
  readonly socCode: string;
  /** True when an O*NET detail code takes its parent SOC's row. */
  readonly inheritedFromSoc: boolean;
  /** True when the EP row is an aggregate covering this SOC code with others (see `Wages.aggregate`). */
  readonly aggregate?: boolean;
  /** Title of the EP row used. */
  readonly blsTitle?: string;
}
