/** A stretch of the text read as one statement: a sentence, a bullet or a line. */
export interface TextSegment {
  readonly start: number;
  readonly end: number;
}

// Lines, bullets, semicolons and sentence ends; a full stop followed by a space ends a sentence
// unless it follows a one-letter word ("U.S. Army", "J. Smith").
const BREAK = /\n|\r|[;•·▪●◦■|]|(?<=[^.\s]{2}[.!?])\s+/gu;

/** Splits a text into segments (offsets into the text), dropping empty ones. */
export function splitSegments(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s|[-*–—]/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(BREAK)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
