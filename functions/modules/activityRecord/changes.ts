/**
 * The reviewer's view of what changed: a record's content as a snapshot (JSON, stored at each
 * submission) and the field-by-field difference between two of them. Pure and zod-free: the resolver
 * of `changesSinceLastSubmission` imports it statically.
 */

/** The fields a partner fills in, in the order the diff lists them. */
const CONTENT_FIELDS = [
  'objectiveCode',
  'title',
  'kind',
  'startDate',
  'endDate',
  'place',
  'reached',
  'narrative',
  'attachments',
  'trainingId',
  'agreementId',
] as const;

type Content = Partial<Record<(typeof CONTENT_FIELDS)[number], unknown>>;

/** The record's content as stored for the diff (absent and empty optional values are left out). */
export function snapshotOf(r: Content): string {
  const out: Record<string, unknown> = {};
  for (const f of CONTENT_FIELDS) {
    const v = r[f];
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
    out[f] = v;
  }
  return JSON.stringify(out);
}

interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** Fields whose value differs between a snapshot and the record now, with both values as JSON text. */
function changesBetween(snapshot: string | null | undefined, now: Content): FieldChange[] {
  if (!snapshot) return [];
  const before = JSON.parse(snapshot) as Record<string, unknown>;
  const after = JSON.parse(snapshotOf(now)) as Record<string, unknown>;
  return CONTENT_FIELDS.flatMap((field) => {
    const b = before[field] === undefined ? null : JSON.stringify(before[field]);
    const a = after[field] === undefined ? null : JSON.stringify(after[field]);
    return a === b ? [] : [{ field, before: b, after: a }];
  });
}

interface Reviewed extends Content {
  status: string;
  lastSubmitted?: string | null;
  previousSubmitted?: string | null;
}

/**
 * What the reviewer (or the partner fixing it) sees: for a submitted or approved record, what changed
 * between the previous submission and this one; for a returned or draft record, what changed since it
 * was last submitted. Nothing for a record submitted once.
 */
export function changesSinceLastSubmission(r: Reviewed): FieldChange[] {
  return r.status === 'SUBMITTED' || r.status === 'APPROVED' ? changesBetween(r.previousSubmitted, r) : changesBetween(r.lastSubmitted, r);
}
