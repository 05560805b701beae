/** An everyday word for a job that O*NET's own titles lack, and the occupations it means. */
export interface ColloquialSynonym {
  /** The word or phrase as people type it. */
  readonly term: string;
  /** O*NET-SOC codes it means, most likely first. */
  readonly codes: readonly string[];
  /** What searching O*NET's titles alone gets wrong (a test checks each entry against the full catalog). */
  readonly reason: string;
}

/**
 * The colloquial-synonym table. Short on purpose: an entry exists only where searching O*NET's
 * 56k official, alternate and reported titles alone does not find what people mean. Checked
 * and not needed, because O*NET lists them: doctor, nurse, lawyer, cop, programmer, dev, GP,
 * software engineer, realtor, solicitor, physio. Entries are indexed as titles of their
 * occupations with the weight of an official title, so they beat O*NET's stray listings.
 */
export const COLLOQUIAL_SYNONYMS: readonly ColloquialSynonym[] = [
  {
    term: 'coder',
    codes: ['15-1252.00', '15-1251.00'],
    reason: 'O*NET lists "Coder" only for Medical Records Specialists (medical coding).',
  },
  {
    term: 'techie',
    codes: ['15-1232.00', '15-1252.00'],
    reason:
      'no O*NET title contains it; typo tolerance lands on pharmacy and inventory "Tech" titles.',
  },
  {
    term: 'doc',
    codes: ['29-1215.00', '29-1216.00', '29-1229.00'],
    reason: 'not an O*NET title; prefix matching lands on Dockmaster and Docent.',
  },
  {
    term: 'shrink',
    codes: ['29-1223.00', '19-3033.00'],
    reason: 'O*NET has it only in textile titles such as "Shrink Pit Supervisor".',
  },
  {
    term: 'vet',
    codes: ['29-1131.00'],
    reason: 'O*NET uses "Vet" in "Vet Assistant" and "Vet Nurse", which outrank Veterinarians.',
  },
  {
    term: 'medic',
    codes: ['29-2043.00', '29-2042.00'],
    reason: 'not an O*NET title; prefix matching lands on "Medical …" titles.',
  },
  {
    term: 'police',
    codes: ['33-3051.00'],
    reason:
      'O*NET lists the bare title "Police" only for Secretaries and Administrative Assistants.',
  },
  {
    term: 'sysadmin',
    codes: ['15-1244.00'],
    reason: 'O*NET spells it "Systems Administrator"; nothing matches the one-word form.',
  },
  {
    term: 'pentester',
    codes: ['15-1299.04'],
    reason: 'O*NET spells it "Penetration Tester"; nothing matches the one-word form.',
  },
  {
    term: 'ml engineer',
    codes: ['15-2051.00', '15-1221.00'],
    reason:
      'O*NET spells out "Machine Learning Engineer"; "ML" matches "MLS (Medical Laboratory Scientist)".',
  },
  {
    term: 'carer',
    codes: ['31-1122.00', '31-1121.00'],
    reason: 'British; not in O*NET, and typo tolerance lands on "Parer" and "Carder".',
  },
  {
    term: 'air hostess',
    codes: ['53-2031.00'],
    reason: 'O*NET says "Airline Hostess"; "air hostess" lands on restaurant hostesses.',
  },
  {
    term: 'lorry driver',
    codes: ['53-3032.00'],
    reason: 'British; O*NET has "Lorry" only in "Lorry Weigher".',
  },
  {
    term: 'shop assistant',
    codes: ['41-2031.00'],
    reason: 'British; not in O*NET, and the words land on Nursing Assistants and shop technicians.',
  },
];
