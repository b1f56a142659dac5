/**
 * Limits every input obeys, as plain values (no zod here, so the Lambda handler's start-up can check
 * ids and dates without loading it). `zod/common.ts` builds the shared schemas from them.
 */

/** Calendar dates the system accepts anywhere: a sane range, so 0000-01-01 or 9999-12-31 is a typo, not data. */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';

/**
 * One shape for every id: segments of 1–64 lower-case letters, digits, `_`, `-` (and `.` after the first
 * segment, for objective codes like 1.2 and for usernames), joined by `~`, at most 4 segments and
 * 200 characters. No spaces, no other characters, never trimmed: the GraphQL layer checks every `ID`
 * argument against `anyId` before a resolver runs (functions/platform/schema.ts), so an id can always
 * be part of a DynamoDB key (≤ 1024 bytes) and never surprises a log line. Lower case only: the keys
 * fold case (ElectroDB's default), so `CaseA` and `casea` would name one item; refusing upper case keeps
 * "one id, one record" true (UUIDs and our own ids are lower case).
 */
export const ID_MAX = 200;
export const ID_PATTERN = /^[a-z0-9_.-]{1,64}(~[a-z0-9_.-]{1,64}){0,3}$/;
/** Ids a client may choose for a new record (UUIDs, `org-usaid`): one segment, no dots. */
export const PLAIN_ID_PATTERN = /^[a-z0-9_-]{1,64}$/;
/** Ids of records inside a program's partition: `<programId>~<key>[~<key>…]`. */
export const SCOPED_ID_PATTERN = /^[a-z0-9_-]{1,64}(~[a-z0-9_.-]{1,64}){1,3}$/;
/** True when `value` has the shape of some id of ours (any kind). */
export const isIdShape = (value: unknown): value is string => typeof value === 'string' && value.length <= ID_MAX && ID_PATTERN.test(value);

/**
 * Money is whole minor units (cents). One amount is at most MONEY_MAX = 10^12 (10,000,000,000.00 of a
 * two-decimal currency: above any single budget, expenditure or declared total of a program, even in
 * currencies like IDR or COP). A program's running totals must stay within MONEY_TOTAL_MAX = 4·10^15,
 * so that the report's figures — subtotal (≤ MONEY_TOTAL_MAX), admin fee (≤ 100 % of it), total (≤ 2×),
 * and difference from the declared total — are always exact GraphQL SafeInts (< 2^53 ≈ 9.007·10^15);
 * `common.test.ts` proves it. Sums of up to 4,000 amounts at the ceiling fit without further checks.
 */
export const MONEY_MAX = 1_000_000_000_000;
export const MONEY_TOTAL_MAX = 4_000_000_000_000_000;
/** True when a running total (e.g. a program's expenditure) may still be reported exactly. */
export const moneyTotalFits = (total: number) => Number.isSafeInteger(total) && Math.abs(total) <= MONEY_TOTAL_MAX;

/** Parties of one agreement: the largest agreement update must fit DynamoDB's 100-item transaction (functions/modules/README.md). */
export const MAX_PARTIES = 12;
/** Each linked objective costs up to four items in the largest agreement update (functions/modules/README.md). */
export const MAX_OBJECTIVE_CODES = 6;

/**
 * Trainings: organizers and audience lines bound the organizations one training names (at most 30), so
 * its largest update stays inside DynamoDB's 100-item transaction (functions/modules/README.md, asserted
 * in functions/modules/training/steps.test.ts). The roster is one item of its own (a list, ≤ 400 KB):
 * at most MAX_ROSTER people and MAX_ROSTER_BYTES of text.
 */
export const MAX_ORGANIZERS = 5;
export const MAX_AUDIENCE_LINES = 25;
export const MAX_TOPICS = 10;
export const MAX_ROSTER = 500;
export const MAX_ROSTER_BYTES = 300_000;
/** Participants of one audience line: above any real event, and sums of 25 lines stay exact. */
export const MAX_PARTICIPANTS = 1_000_000;

/**
 * Rows one batch-import call takes (`importScholarships`): the console sends a file in calls of this
 * size, and the server writes them in transactions of ≤ 100 items. MAX_IMPORT_FILE_ROWS is what the
 * console reads from one file (a 50,000-row file is refused with a message, not sent in part).
 */
export const MAX_IMPORT_ROWS = 500;
export const MAX_IMPORT_FILE_ROWS = 20_000;

/**
 * The public statistics' and the HTCDS export's k (docs/decisions.md, "Public statistics"): a program's
 * k is DEFAULT_CELL_SIZE (11, as IOM's Counter Trafficking Data Collaborative publishes no cell under
 * 11) until an admin sets it from MIN_CELL_SIZE to MAX_CELL_SIZE; the public tables use the largest k
 * of all programs, the HTCDS export the program's own.
 */
export const DEFAULT_CELL_SIZE = 11;
export const MIN_CELL_SIZE = 5;
export const MAX_CELL_SIZE = 100;
