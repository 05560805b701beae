/** An O*NET-SOC code such as `15-1244.00` (branded so that plain strings are checked first). */
export type OnetCode = string & { readonly __brand: 'OnetCode' };

/** A 6-digit SOC code such as `15-1244`, the key BLS uses. */
export type SocCode = string & { readonly __brand: 'SocCode' };

const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/** True when `value` has the O*NET-SOC code shape `NN-NNNN.NN`. */
export function isOnetCode(value: string): value is OnetCode {
  return ONET_CODE.test(value);
}

/** Parses an O*NET-SOC code, or returns null when the shape is wrong. */
export function parseOnetCode(value: string): OnetCode | null {
  const trimmed = value.trim();
  return isOnetCode(trimmed) ? trimmed : null;
}

/** The 6-digit SOC code an O*NET-SOC code belongs to (`15-1244.01` → `15-1244`). */
export function toSocCode(code: OnetCode): SocCode {
  return code.slice(0, 7) as SocCode;
}

/** The SOC major group (`15-1244.00` → `15`). */
export function toMajorGroup(code: OnetCode): string {
  return code.slice(0, 2);
}

/** The SOC minor group (`15-1244.00` → `15-12`). */
export function toMinorGroup(code: OnetCode): string {
  return code.slice(0, 5);
}

/** The SOC broad occupation (`29-1141.03` → `29-114`, i.e. 29-1140). */
export function toBroadOccupation(code: OnetCode): string {
  return code.slice(0, 6);
}

/** True for O*NET-only detail codes (`.01` and up), which have no BLS row of their own. */
export function isDetailCode(code: OnetCode): boolean {
  return !code.endsWith('.00');
}
