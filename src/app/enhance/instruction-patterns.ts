// Heuristics, not a parser: they catch the common shapes of prompt injection and of a model
// talking about itself. A false alarm only costs the friendlier text (the deterministic one
// stays), so the patterns lean towards suspicion.

const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|forget)\b[^.!?\n]{0,40}\b(instructions?|prompts?|rules|directions|guidelines|messages?)\b/i,
  /\b(previous|prior|above|earlier|preceding|original)\s+(instructions?|prompts?|directions|messages?)\b/i,
  /\bsystem\s*(prompt|message|instructions?)\b/i,
  /\byou\s+(are|must|will|should)\s+now\b/i,
  /\bnew\s+instructions?\b/i,
  /\blanguage\s+model\b/i,
  /\bas\s+an\s+ai\b/i,
  /\b(jailbreak|developer\s+mode|prompt\s+injection)\b/i,
  /<\|[^|]{0,40}\|>|\[\/?INST\]|<<\/?SYS>>/i,
  /(^|\n)\s*(system|assistant|user|developer)\s*:/i,
  /\b(do\s+not|don't)\s+follow\b/i,
  /\b(respond|reply|answer)\s+(only\s+)?with\b/i,
  /\b(reveal|print|repeat|show)\s+(your|the)\s+(prompt|instructions|system)\b/i,
];

const LINK_OR_MARKUP = /https?:\/\/|\bwww\.|javascript:|data:text|<\s*\/?\s*[a-z!][^>]*>/i;

const REFUSAL =
  /^\s*(i'm|i am)\s+(sorry|unable)\b|\bi\s+(can(?:no|')t|cannot|won't)\s+(help|assist|comply|do\s+that|provide)\b/i;

/** True when text tries to give instructions, talks about prompts or the model, or carries role tags. */
export function looksLikeInstructions(text: string): boolean {
  return INSTRUCTION_PATTERNS.some((p) => p.test(text));
}

/** True when text carries a link or HTML-like markup (nothing in the facts does). */
export function hasLinkOrMarkup(text: string): boolean {
  return LINK_OR_MARKUP.test(text);
}

/** True when text reads as a model declining the task. */
export function looksLikeRefusal(text: string): boolean {
  return REFUSAL.test(text);
}
