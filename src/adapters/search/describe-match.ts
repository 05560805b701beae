import type { TitleField } from '../../app/ports/index.js';

const FIELD_LABEL: Readonly<Record<TitleField, string>> = {
  title: 'the O*NET title',
  alternate: 'the alternate title',
  reported: 'the reported job title',
  synonym: 'the everyday term',
};

/** The one-sentence reason shown with a search hit, e.g. `matches the alternate title "Coder"`. */
export function describeMatch(
  field: TitleField,
  text: string,
  kind: number,
  approximate: boolean,
): string {
  if (field === 'synonym' && kind === 3) return `"${text}" is an everyday word for this occupation`;
  const label = `${FIELD_LABEL[field]} "${text}"`;
  const typo = approximate ? ' (allowing for spelling)' : '';
  if (kind === 3) return approximate ? `closely matches ${label}` : `matches ${label}`;
  if (kind >= 1) return `your words appear in ${label}${typo}`;
  return `partly matches ${label}${typo}`;
}
