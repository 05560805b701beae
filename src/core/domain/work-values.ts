/** One O*NET work value: element id and name. */
export interface WorkValueDescriptor {
  readonly id: string;
  readonly name: string;
}

/** The six O*NET work values in O*NET order (1.B.2.a … 1.B.2.f); vectors use this order. */
export const WORK_VALUES: readonly WorkValueDescriptor[] = Object.freeze([
  { id: '1.B.2.a', name: 'Achievement' },
  { id: '1.B.2.b', name: 'Working Conditions' },
  { id: '1.B.2.c', name: 'Recognition' },
  { id: '1.B.2.d', name: 'Relationships' },
  { id: '1.B.2.e', name: 'Support' },
  { id: '1.B.2.f', name: 'Independence' },
]);

/** Position of each work value element id in {@link WORK_VALUES}. */
export const WORK_VALUE_INDEX_BY_ID: ReadonlyMap<string, number> = new Map(
  WORK_VALUES.map((v, i) => [v.id, i]),
);
