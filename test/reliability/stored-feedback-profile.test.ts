// What a feedback write leaves in the database: read back straight from the tables of SQLite and
// PostgreSQL, after requests that put unknown fields, long strings and unicode in every slot.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPostgresStore,
  createStore,
  SQLITE_FILE_NAME,
} from '../../src/adapters/store/index.js';
import {
  adminQuery,
  ensurePostgres,
  PG_TEST_URL,
  randomSchema,
} from '../support/pg-test-support.js';
import { request, startTestApi, type TestApi } from '../http/support/start-api.js';

/** The columns of a feedback row, and nothing else. */
const COLUMNS = [
  'code',
  'created_at',
  'id',
  'model_version',
  'outcome',
  'profile_json',
  'rating',
  'subject_id',
];
/** Every string a stored profile may hold: O*NET element ids, O*NET-SOC codes, SOC major groups. */
const ALLOWED_STRING = /^(\d\.[A-Z](\.\d+)?(\.[a-z])?|\d{2}-\d{4}\.\d{2}|\d{2})$/;

/** Personal text in every free-text slot the schema has (all of them must resolve to O*NET). */
const PERSONAL = ['Jane', 'jane@example.com', '👩‍⚕️', 'Straße', '\u202e'];
const accepted = {
  subjectId: 'subject-AAAA-0001',
  code: '29-1141.00',
  rating: 'up',
  outcome: 'applied',
  profile: {
    skills: [
      '  critical   THINKING ',
      '2.A.1.d',
      { name: 'Programming', rating: 3 },
      { name: 'writing', level: 4.5 },
    ],
    interests: { '  investigative ': 6, s: 5, '1.B.1.a': 2 },
    values: ['achievement', '1.B.2.b'],
    constraints: {
      minSalaryUsd: 40_000,
      maxJobZone: 4,
      socMajorGroups: ['29', '31'],
      excludeCodes: ['29-2034.00'],
      brightOutlookOnly: false,
    },
    currentOccupation: '  registered   NURSE ',
  },
};
/** The same profile as the store must keep it. */
const expectedProfile = {
  skills: ['2.A.2.a', '2.A.1.d', { name: '2.B.3.e', rating: 3 }, { name: '2.A.1.c', level: 4.5 }],
  interests: { '1.B.1.b': 6, '1.B.1.d': 5, '1.B.1.a': 2 },
  values: ['1.B.2.a', '1.B.2.b'],
  constraints: {
    minSalaryUsd: 40_000,
    maxJobZone: 4,
    socMajorGroups: ['29', '31'],
    excludeCodes: ['29-2034.00'],
    brightOutlookOnly: false,
  },
  currentOccupation: '29-1141.00',
};

const long = 'ü'.repeat(5000);
/** Requests that must be refused whole (nothing stored): unknown fields anywhere, over-long text. */
const refused: { name: string; body: unknown }[] = [
  { name: 'unknown top-level field', body: { ...accepted, note: 'Jane Doe, call me' } },
  {
    name: 'unknown profile field',
    body: { ...accepted, profile: { ...accepted.profile, name: 'Jane' } },
  },
  {
    name: 'unknown field in a skill',
    body: {
      ...accepted,
      profile: { ...accepted.profile, skills: [{ name: 'Programming', comment: 'Jane' }] },
    },
  },
  {
    name: 'unknown constraint',
    body: { ...accepted, profile: { ...accepted.profile, constraints: { city: 'Berlin' } } },
  },
  {
    name: 'over-long job title',
    body: { ...accepted, profile: { ...accepted.profile, currentOccupation: `nurse ${long}` } },
  },
  {
    // Free text around a title is not guessed at (422 did you mean), so none of it is stored.
    name: 'job title wrapped in personal text',
    body: {
      ...accepted,
      profile: {
        ...accepted.profile,
        currentOccupation:
          'Registered nurse 👩‍⚕️ (I am Jane from the Straße, jane@example.com)\u202e',
      },
    },
  },
  {
    name: 'over-long skill name',
    body: { ...accepted, profile: { ...accepted.profile, skills: [long] } },
  },
  {
    name: 'name that is no O*NET element',
    body: { ...accepted, profile: { ...accepted.profile, skills: ['Jane Doe'] } },
  },
  {
    name: 'interest key that is free text',
    body: { ...accepted, profile: { ...accepted.profile, interests: { 'Jane 👩‍⚕️': 5 } } },
  },
  { name: 'subjectId with personal text', body: { ...accepted, subjectId: 'jane@example.com' } },
  { name: 'over-long subjectId', body: { ...accepted, subjectId: 'a'.repeat(65) } },
  { name: 'rating outside the enum', body: { ...accepted, rating: 'Jane liked it' } },
  { name: 'code that is text', body: { ...accepted, code: 'Registered Nurses' } },
];

/** The field names of the profile schema (object keys other than element ids). */
const SCHEMA_KEYS = new Set([
  'skills',
  'name',
  'level',
  'rating',
  'interests',
  'values',
  'constraints',
  'minSalaryUsd',
  'maxJobZone',
  'socMajorGroups',
  'excludeCodes',
  'brightOutlookOnly',
  'currentOccupation',
]);

/** Every string value and every object key that is not a schema field name, in a JSON value. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(SCHEMA_KEYS.has(k) ? [] : [k]),
      ...textsOf(v),
    ]);
  }
  return [];
}

interface Backend {
  readonly name: string;
  open(): Promise<TestApi>;
  /** Every row of the feedback table as the database returns it. */
  rows(): Promise<Record<string, unknown>[]>;
  dispose(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-stored-profile-'));
  return {
    name: 'SQLite',
    open: () => startTestApi({ openStore: () => createStore({ dataDir: dir }) }),
    rows: async () => {
      const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
      try {
        return db.prepare('select * from feedback order by id').all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresBackend(): Backend {
  const schema = `h8_${randomSchema()}`;
  return {
    name: 'PostgreSQL',
    open: async () => {
      await ensurePostgres();
      return startTestApi({
        openStore: () => createPostgresStore({ url: PG_TEST_URL, schema }),
      });
    },
    rows: async () => (await adminQuery(`select * from ${schema}.feedback order by id`)).rows,
    dispose: async () => {
      await adminQuery(`drop schema if exists ${schema} cascade`);
    },
  };
}

describe.each([
  { store: 'SQLite', makeBackend: sqliteBackend },
  { store: 'PostgreSQL', makeBackend: postgresBackend },
])('stored feedback on $store', ({ makeBackend }) => {
  const backend = makeBackend();
  let api: TestApi;

  beforeAll(async () => {
    api = await backend.open();
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await backend.dispose();
  });

  it(`${backend.name}: refuses unknown fields, over-long or free text anywhere, and stores nothing for them`, async () => {
    for (const { name, body } of refused) {
      const res = await request(api.url, 'POST', '/v1/feedback', { body });
      expect([400, 422], `${name}: ${res.status} ${res.text}`).toContain(res.status);
      expect(res.body.error.code, name).toMatch(/^(VALIDATION_FAILED|UNKNOWN_NAME)$/);
    }
    expect(await backend.rows()).toEqual([]);
  });

  it(`${backend.name}: keeps only the normalised profile (element ids, codes, numbers, enums), never what was typed`, async () => {
    const res = await request(api.url, 'POST', '/v1/feedback', { body: accepted });
    expect(res.status, res.text).toBe(201);
    const rows = await backend.rows();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(Object.keys(row).sort()).toEqual(COLUMNS);
    expect(Number(row.id)).toBe(res.body.id);
    expect(row).toMatchObject({
      subject_id: accepted.subjectId,
      code: accepted.code,
      rating: 'up',
      outcome: 'applied',
      model_version: 'none',
      created_at: '2026-01-15T12:00:00.000Z',
    });
    const profile: unknown = JSON.parse(row.profile_json as string);
    expect(profile).toEqual(expectedProfile);
    for (const s of textsOf(profile)) expect(s, `stored string ${s}`).toMatch(ALLOWED_STRING);
    const everything = JSON.stringify(row);
    for (const text of PERSONAL) expect(everything).not.toContain(text);
    // The store port reads back the same.
    expect((await api.store.listFeedback()).map((r) => r.profile)).toEqual([expectedProfile]);
  });

  it(`${backend.name}: DELETE /v1/feedback/subjects/{subjectId} erases that person's rows and no one else's`, async () => {
    const other = { ...accepted, subjectId: 'subject-BBBB-0002', rating: 'down' };
    expect((await request(api.url, 'POST', '/v1/feedback', { body: other })).status).toBe(201);
    expect((await request(api.url, 'POST', '/v1/feedback', { body: accepted })).status).toBe(201);
    expect((await backend.rows()).map((r) => r.subject_id)).toEqual([
      accepted.subjectId,
      other.subjectId,
      accepted.subjectId,
    ]);
    const del = await request(api.url, 'DELETE', `/v1/feedback/subjects/${accepted.subjectId}`);
    expect(del.status, del.text).toBe(200);
    expect(del.body).toEqual({ subjectId: accepted.subjectId, deleted: 2 });
    expect((await backend.rows()).map((r) => r.subject_id)).toEqual([other.subjectId]);
    const again = await request(api.url, 'DELETE', `/v1/feedback/subjects/${accepted.subjectId}`);
    expect(again.body).toEqual({ subjectId: accepted.subjectId, deleted: 0 });
  });
});
