/** The O*NET skill groups, in Content Model order. */
export const SKILL_GROUPS = [
  { id: '2.A.1', name: 'Content' },
  { id: '2.A.2', name: 'Process' },
  { id: '2.B.1', name: 'Social Skills' },
  { id: '2.B.2', name: 'Complex Problem Solving Skills' },
  { id: '2.B.3', name: 'Technical Skills' },
  { id: '2.B.4', name: 'Systems Skills' },
  { id: '2.B.5', name: 'Resource Management Skills' },
] as const;

/** One of the 35 O*NET skills: element id, name and the id of its group. */
export interface SkillDescriptor {
  readonly id: string;
  readonly name: string;
  readonly groupId: (typeof SKILL_GROUPS)[number]['id'];
}

const skill = (id: string, name: string): SkillDescriptor => ({
  id,
  name,
  groupId: id.slice(0, 5) as SkillDescriptor['groupId'],
});

/** The 35 O*NET skills in Content Model order; every skill vector is indexed in this order. */
export const SKILLS: readonly SkillDescriptor[] = Object.freeze([
  skill('2.A.1.a', 'Reading Comprehension'),
  skill('2.A.1.b', 'Active Listening'),
  skill('2.A.1.c', 'Writing'),
  skill('2.A.1.d', 'Speaking'),
  skill('2.A.1.e', 'Mathematics'),
  skill('2.A.1.f', 'Science'),
  skill('2.A.2.a', 'Critical Thinking'),
  skill('2.A.2.b', 'Active Learning'),
  skill('2.A.2.c', 'Learning Strategies'),
  skill('2.A.2.d', 'Monitoring'),
  skill('2.B.1.a', 'Social Perceptiveness'),
  skill('2.B.1.b', 'Coordination'),
  skill('2.B.1.c', 'Persuasion'),
  skill('2.B.1.d', 'Negotiation'),
  skill('2.B.1.e', 'Instructing'),
  skill('2.B.1.f', 'Service Orientation'),
  skill('2.B.2.i', 'Complex Problem Solving'),
  skill('2.B.3.a', 'Operations Analysis'),
  skill('2.B.3.b', 'Technology Design'),
  skill('2.B.3.c', 'Equipment Selection'),
  skill('2.B.3.d', 'Installation'),
  skill('2.B.3.e', 'Programming'),
  skill('2.B.3.g', 'Operations Monitoring'),
  skill('2.B.3.h', 'Operation and Control'),
  skill('2.B.3.j', 'Equipment Maintenance'),
  skill('2.B.3.k', 'Troubleshooting'),
  skill('2.B.3.l', 'Repairing'),
  skill('2.B.3.m', 'Quality Control Analysis'),
  skill('2.B.4.e', 'Judgment and Decision Making'),
  skill('2.B.4.g', 'Systems Analysis'),
  skill('2.B.4.h', 'Systems Evaluation'),
  skill('2.B.5.a', 'Time Management'),
  skill('2.B.5.b', 'Management of Financial Resources'),
  skill('2.B.5.c', 'Management of Material Resources'),
  skill('2.B.5.d', 'Management of Personnel Resources'),
]);

/** Number of O*NET skills (35). */
export const SKILL_COUNT = SKILLS.length;

/** Position of each skill element id in {@link SKILLS}. */
export const SKILL_INDEX_BY_ID: ReadonlyMap<string, number> = new Map(
  SKILLS.map((s, i) => [s.id, i]),
);
