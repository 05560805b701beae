import { INITIAL_STATE, parseWebState, type WebState } from './web-state.js';

const STATE_KEY = 'careers.profile.v1';
const SUBJECT_KEY = 'careers.subjectId';
const HASH_PREFIX = '#p=';

/** Encodes a state as the hash of a share link (`#p=` + base64url of its JSON). */
export function encodeShareHash(state: WebState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return HASH_PREFIX + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes a share-link hash; null when the hash is not one (or cannot be read). */
export function decodeShareHash(hash: string): WebState | null {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  try {
    const b64 = hash.slice(HASH_PREFIX.length).replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64);
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return parseWebState(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

/** The state to start with: a share link wins over what this browser kept. */
export function loadInitialState(): { state: WebState; fromLink: boolean } {
  const shared = decodeShareHash(location.hash);
  if (shared) return { state: shared, fromLink: true };
  try {
    const kept = localStorage.getItem(STATE_KEY);
    if (kept) return { state: parseWebState(JSON.parse(kept)), fromLink: false };
  } catch {
    // Storage may be disabled or hold something unreadable: start blank.
  }
  return { state: INITIAL_STATE, fromLink: false };
}

/** Keeps the state in this browser only (localStorage); never sent anywhere by itself. */
export function saveState(state: WebState): void {
  try {
    localStorage.setItem(STATE_KEY, JSON.stringify(state));
  } catch {
    // Full or disabled storage: the page still works, it just will not remember.
  }
}

/** Forgets the kept state (Start over). */
export function clearState(): void {
  try {
    localStorage.removeItem(STATE_KEY);
  } catch {
    // Nothing to clear.
  }
}

/**
 * A random id kept in localStorage and sent with feedback, so the person can erase their
 * feedback later; it identifies nothing else.
 */
export function subjectId(): string {
  let kept: string | null;
  try {
    kept = localStorage.getItem(SUBJECT_KEY);
  } catch {
    kept = null;
  }
  if (kept && /^[A-Za-z0-9_-]{8,64}$/.test(kept)) return kept;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  try {
    localStorage.setItem(SUBJECT_KEY, id);
  } catch {
    // Without storage the id lasts for this page only.
  }
  return id;
}
