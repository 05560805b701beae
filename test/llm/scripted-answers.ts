import { completion, factsOf, type ChatBody, type FakeReply } from './fake-openai-server.js';

/** A grounded text for one occupation: only its title, code, match, median wage and rank. */
export function groundedText(o: {
  code: string;
  title: string;
  rank: number;
  matchPercent: number;
  salary: { medianText: string };
}): string {
  return `${o.title} is a ${o.matchPercent}% match for you, number ${o.rank} on your list. The typical pay is ${o.salary.medianText}, and the work builds on the strengths you named.`;
}

/** A good answer: one grounded text per occupation, with an optional re-rank. */
export function goodAnswer(
  body: ChatBody,
  rerank: ((codes: string[]) => { order: string[]; reason: string }) | null = null,
): FakeReply {
  const { occupations } = factsOf(body);
  const items = occupations.map((o) => ({ code: o.code, text: groundedText(o) }));
  const codes = occupations.map((o) => o.code);
  return { json: completion(JSON.stringify({ items, rerank: rerank ? rerank(codes) : null })) };
}

/** An answer whose text for the first occupation is replaced by `text`. */
export function answerWithFirstText(body: ChatBody, text: string): FakeReply {
  const { occupations } = factsOf(body);
  const items = occupations.map((o, i) => ({
    code: o.code,
    text: i === 0 ? text : groundedText(o),
  }));
  return { json: completion(JSON.stringify({ items, rerank: null })) };
}

/** Moves the item at `from` to `to` (0-based), shifting the ones between. */
export function move(codes: readonly string[], from: number, to: number): string[] {
  const out = [...codes];
  const [code] = out.splice(from, 1);
  out.splice(to, 0, code!);
  return out;
}
