const BEARER = /(bearer\s+)[^\s"',;]+/gi;
const KEY_LIKE = /\bsk-[A-Za-z0-9_-]{8,}/g;

/**
 * Removes a secret from text before it is logged or put in an error: the exact secret, any
 * `Bearer …` credential and anything shaped like an OpenAI key.
 */
export function scrubSecret(text: string, secret: string | undefined): string {
  let out = text;
  if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out.replace(BEARER, '$1[redacted]').replace(KEY_LIKE, '[redacted]');
}
