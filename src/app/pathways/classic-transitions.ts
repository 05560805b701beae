/**
 * The ten classic transitions of issue 19, each as the O*NET-SOC codes the title search resolves
 * the everyday words to (where a word names several occupations, the one an adviser means).
 */
export const CLASSIC_TRANSITIONS: readonly {
  readonly from: string;
  readonly fromWords: string;
  readonly to: string;
  readonly toWords: string;
}[] = [
  { fromWords: 'teacher', from: '25-2031.00', toWords: 'instructional designer', to: '25-9031.00' },
  {
    fromWords: 'registered nurse',
    from: '29-1141.00',
    toWords: 'nurse practitioner',
    to: '29-1171.00',
  },
  {
    fromWords: 'warehouse worker',
    from: '53-7062.00',
    toWords: 'industrial machinery mechanic',
    to: '49-9041.00',
  },
  {
    fromWords: 'retail salesperson',
    from: '41-2031.00',
    toWords: 'human resources specialist',
    to: '13-1071.00',
  },
  {
    fromWords: 'administrative assistant',
    from: '43-6014.00',
    toWords: 'project management specialist',
    to: '13-1082.00',
  },
  { fromWords: 'cook', from: '35-2014.00', toWords: 'food service manager', to: '11-9051.00' },
  { fromWords: 'truck driver', from: '53-3032.00', toWords: 'logistics analyst', to: '13-1081.02' },
  { fromWords: 'bookkeeper', from: '43-3031.00', toWords: 'accountant', to: '13-2011.00' },
  {
    fromWords: 'electrician',
    from: '47-2111.00',
    toWords: 'electrical engineering technician',
    to: '17-3023.00',
  },
  {
    fromWords: 'marketing coordinator',
    from: '13-1161.00',
    toWords: 'data analyst',
    to: '15-2051.00',
  },
];
