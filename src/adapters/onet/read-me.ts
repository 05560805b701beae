/**
 * The release named in O*NET's `Read Me.txt`: its first two non-empty lines joined, e.g.
 * "O*NET 30.1 Database, December 2025 Release"; null when the text does not name a release.
 */
export function parseReadMeRelease(text: string): string | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^-+$/.test(l));
  const [first, second] = lines;
  if (first === undefined || !/O\*NET/.test(first)) return null;
  return second !== undefined && /release/i.test(second) ? `${first}, ${second}` : first;
}
