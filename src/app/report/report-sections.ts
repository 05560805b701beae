/**
 * docs/EVALUATION.md is written by several commands (`careers eval`, and each measurement with a
 * report of its own). Each owns one section between HTML comment markers, so one command
 * rewrites its section and keeps the others as they are.
 */

const start = (id: string): string => `<!-- section:${id} -->`;
const end = (id: string): string => `<!-- /section:${id} -->`;

/** The section's markdown wrapped in its markers. */
export function markSection(id: string, markdown: string): string {
  return `${start(id)}\n${markdown.trim()}\n${end(id)}\n`;
}

/**
 * The document with section `id` replaced by `markdown`, or appended at the end when the
 * document has no such section yet. Text outside every section (an older, unmarked report) is
 * dropped when `id` is the first section, so a report without markers is upgraded cleanly.
 */
export function replaceSection(document: string, id: string, markdown: string): string {
  const marked = markSection(id, markdown);
  const from = document.indexOf(start(id));
  const to = document.indexOf(end(id));
  if (from >= 0 && to > from) {
    const after = document.slice(to + end(id).length).replace(/^\n/, '');
    return `${document.slice(0, from)}${marked}${after}`;
  }
  if (!document.includes('<!-- section:')) return marked;
  return `${document.trimEnd()}\n\n${marked}`;
}

/** The ids of the sections in the document, in order. */
export function sectionIds(document: string): string[] {
  return [...document.matchAll(/<!-- section:([\w-]+) -->/g)].map((m) => m[1] ?? '');
}
