/**
 * The sha256 of the reference copies in the shared data folder (its README, "Files" tables).
 * A produced file is compared with these after every fetch. For files marked `exact` a mismatch
 * means the download is not the release the project was built and checked against.
 */

/** A known checksum of one produced file and how strictly it must match. */
export interface ReferenceChecksum {
  /** `onet` → a file in ONET_DIR, `bls` → a file in BLS_DIR. */
  readonly target: 'onet' | 'bls';
  /** File name inside that folder. */
  readonly file: string;
  /** Lower-case hex sha256 of the reference copy. */
  readonly sha256: string;
  /** True when a correct fetch must reproduce the reference byte for byte. */
  readonly exact: boolean;
  /** Where the reference came from, shown next to a mismatch. */
  readonly provenance: string;
}

const COPY = {
  exact: true,
  provenance: 'byte-for-byte copy of the O*NET 30.1 text release',
} as const;
const EXCEL = {
  exact: false,
  provenance:
    'reference was converted from the O*NET 30.1 Excel release, so a small difference is possible',
} as const;
const ABILITIES = {
  exact: false,
  provenance: 'reference is O*NET 30.0 (converted from Parquet), so a difference is expected',
} as const;
const BLS = {
  exact: true,
  provenance: 'reference conversion of the BLS workbook (shared data README, "Conversions")',
} as const;

type Row = readonly [file: string, sha256: string];

function refs(
  target: 'onet' | 'bls',
  kind: { readonly exact: boolean; readonly provenance: string },
  rows: readonly Row[],
): ReferenceChecksum[] {
  return rows.map(([file, sha256]) => Object.freeze({ target, file, sha256, ...kind }));
}

/** Every reference checksum listed in the shared data README. */
export const REFERENCE_CHECKSUMS: readonly ReferenceChecksum[] = Object.freeze([
  ...refs('onet', COPY, [
    ['Occupation Data.txt', '63e6029d3d30ff5c7cf39b5304a733b77a409e01c65ae7095fe92f6d18d74a66'],
    ['Interests.txt', 'fcf714f700c1f974f7761b9e22b9d1e068e0d83329dea747c1099d691a97aaee'],
    ['Work Values.txt', '3aac674a8c4a984ad513a45ece814d52825f24e0a7fbe00b7aee7cb4588a05ae'],
    ['Work Styles.txt', 'c6ce3c72bf0e4849b807b31cb263b832b25cca78b529c003f68271e6ba9d10ac'],
    ['Job Zones.txt', '7b13748f1d880dbbc6bd2a5f91bd457492f82c3f3bf9bd64909e73f600cd5fba'],
    [
      'Education, Training, and Experience.txt',
      '595807bd081653b31c37a518a0360b68fe28075811bdfd60f082a60b8a4f4ee1',
    ],
    [
      'Education, Training, and Experience Categories.txt',
      '9276926ce21572ba39b8ec04aba1c884770aa514e2e0e50b9e375461aed35b52',
    ],
    ['Alternate Titles.txt', '528592356fba6dba707e6c66a36faf7cc3b2a815f478eaa23e0425fcb62c7283'],
    ['Related Occupations.txt', 'af539f6f01a36e9514a0dd13cbe125df8cca1114c690505342837f338621906c'],
    ['Technology Skills.txt', 'a6e7ea1fb368659a3a8ffe2895d8343cbe80b61efbb2db39cb3cb0f9bd56d3b4'],
    ['Task Statements.txt', '093fae042127cddb2913f78e54c62a7ef6b7a82578d6ea1b60f928f6893470a7'],
    [
      'Content Model Reference.txt',
      '909f6ce0b4376227945dcc98101da909a0b516c9354afdc1a0a5143c5bffe810',
    ],
    ['Scales Reference.txt', '3c5c6d3770dbb996b06efd86ee979f52603a32fe41d9c69eace213b5e858091c'],
    ['Job Zone Reference.txt', '0d705299759ff75785a3c503dc39da21db26ec652afac145c65736149d3744ea'],
    [
      'Sample of Reported Titles.txt',
      'feef19fa87b666be26356b92f67d6f8d056d274dbdf3ed4a085b0708c7256f81',
    ],
    [
      'Occupation Level Metadata.txt',
      '346869865cc98f25a72c4cbf02b69d537d277081e7708addd967e1c127f5b870',
    ],
    [
      'Basic Interests to RIASEC.txt',
      'bde27834cd713d2f4b2478ba9579d87a9643c98097081f987d2dd79fc8f75a80',
    ],
    ['RIASEC Keywords.txt', '5a52434b5ff428e96e7b698ecde04fbfe6d655cabff17d9905046e9f65e09a4e'],
    [
      'Interests Illustrative Activities.txt',
      'fc7ce369552a445cfcf3f1eb6020e1d8316bfdbb441877498263e25c23d5c6b5',
    ],
    [
      'Interests Illustrative Occupations.txt',
      '0d06beef6cd6e47eb8e15e820f9aec65dd00b0273fa37d1dc0dd41dddf945023',
    ],
    ['Level Scale Anchors.txt', 'ea67ca593c76a1a32f2e0adeb81eae63526076be8ceff4e2178c055247e1d1e9'],
    ['Read Me.txt', '45cd3154c7f5e1e9ca3a0be6eb565c80acddc9bd7b63feeb76dfdd2e845a6c5f'],
  ]),
  ...refs('onet', EXCEL, [
    ['Skills.txt', 'd6832c9c195742524a9e48598d962140aaa499c2f78046d4be3af0b69f2686be'],
    ['Knowledge.txt', 'd9601dd763d5b3b203dd8827a3c2bd6c1b3d6155c1674168f0ef30b0e005cf07'],
  ]),
  ...refs('onet', ABILITIES, [
    ['Abilities.txt', '822f866b0f441376edc8a282bf0f77c8c3f687c456dcd607b12de86fccba8e71'],
  ]),
  ...refs('bls', BLS, [
    [
      'ep_2024-34_table_1.2_occupational_projections.tsv',
      '8cf5f0a21a761d0ce6f96420f30d1f248b206783c51b0325f9a2fa9a0fd4e0aa',
    ],
    ['oews_national_M2024.tsv', '5415fad32dd213fb9fd5e41e7bd5d55a641b2b72f4d8f10c1ebdcfafc7633720'],
  ]),
]);

/** The reference checksum of `file` in the given folder, if the README lists one. */
export function findReferenceChecksum(
  target: 'onet' | 'bls',
  file: string,
): ReferenceChecksum | undefined {
  return REFERENCE_CHECKSUMS.find((r) => r.target === target && r.file === file);
}
