/**
 * Abbreviations résumés use, written in capitals, and the words O*NET uses for them. Matched on
 * the word as written (case-sensitive), so "IT" expands and the pronoun "it" does not.
 */
export const RESUME_ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  RN: 'registered nurse',
  LPN: 'licensed practical nurse',
  LVN: 'licensed vocational nurse',
  CNA: 'certified nursing assistant',
  NP: 'nurse practitioner',
  EMT: 'emergency medical technician',
  CDL: 'commercial driver license',
  CPA: 'certified public accountant',
  CFA: 'chartered financial analyst',
  ERP: 'enterprise resource planning',
  CRM: 'customer relationship management',
  CNC: 'computer numerical control machine',
  CAD: 'computer aided design',
  HVAC: 'heating ventilation air conditioning',
  PLC: 'programmable logic controller',
  EHR: 'electronic health records',
  EMR: 'electronic medical records',
  POS: 'point of sale',
  SEO: 'search engine optimization',
  SEM: 'search engine marketing',
  QA: 'quality assurance',
  QC: 'quality control',
  HR: 'human resources',
  IT: 'information technology',
  UX: 'user experience',
  UI: 'user interface',
  PM: 'project manager',
  AP: 'accounts payable',
  AR: 'accounts receivable',
  GL: 'general ledger',
  KPI: 'key performance indicators',
  ROI: 'return on investment',
  K12: 'kindergarten elementary secondary school',
  ESL: 'english second language',
  OSHA: 'occupational safety health',
  GIS: 'geographic information system',
  DBA: 'database administrator',
  SQL: 'sql database query',
  ML: 'machine learning',
  AI: 'artificial intelligence',
  CEO: 'chief executive officer',
  CFO: 'chief financial officer',
  COO: 'chief operating officer',
  CTO: 'chief technology officer',
  RT: 'respiratory therapist',
  ICU: 'intensive care unit',
});

const EXPANDED: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(RESUME_ABBREVIATIONS).map(([k, v]) => [k, v.split(' ')]),
);

/** The words an abbreviation stands for, or null when the word is not one written in capitals. */
export function expandAbbreviation(surface: string): readonly string[] | null {
  return (
    EXPANDED.get(surface) ??
    (surface.endsWith('s') ? (EXPANDED.get(surface.slice(0, -1)) ?? null) : null)
  );
}
