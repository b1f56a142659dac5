import { foldText } from '@ruta/schema/search';
import { Organization, OrganizationName } from '#modules/organization/entity';
import { organizationSearchable } from '#modules/organization/names';
import { AgreementInProgram, PartnerAgreement } from '#modules/partnerAgreement/entity';
import { agreementSearchable, programCopy } from '#modules/partnerAgreement/steps';
import { Program } from '#modules/program/entity';
import { SearchWord, type SearchWordRecord } from '#modules/search/entity';
import { searchEntries } from '#modules/search/steps';

/** An item of the derived indexes that differs from what the records say. */
export interface IndexDrift {
  index: 'searchWord' | 'programCopy' | 'organizationName';
  /** Which item: type|word|order|record, program|start|agreement, or the folded name. */
  key: string;
  /**
   * missing / stale (written differently) / extra (no record says so): fixed by `fix`. duplicate: two
   * organizations with one name, from before names were guarded — rename one; not fixed.
   */
  problem: 'missing' | 'stale' | 'extra' | 'duplicate';
}

/** Attributes in a fixed order without empty ones, to compare an item with what it should be. */
function canonical(item: object): string {
  return JSON.stringify(
    Object.entries(item)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

function diff<T extends object>(expected: Map<string, T>, stored: Map<string, T>) {
  const drift: { key: string; problem: 'missing' | 'stale' | 'extra'; item: T }[] = [];
  for (const [key, item] of expected) {
    const now = stored.get(key);
    if (!now) drift.push({ key, problem: 'missing', item });
    else if (canonical(now) !== canonical(item)) drift.push({ key, problem: 'stale', item });
  }
  for (const [key, item] of stored) if (!expected.has(key)) drift.push({ key, problem: 'extra', item });
  return drift;
}

const wordKey = (w: SearchWordRecord) => [w.type, w.word, w.order, w.recordId].join('|');

/**
 * Rebuilds what the records' transactions keep beside them — the search words of organizations and
 * agreements, the agreements' program copies and the organizations' name guards — and reports (with
 * `fix`, repairs) the difference. Data written before these existed (an old `.ruta/`) gets them
 * here. A maintenance job: it reads every organization and agreement and the words and copies
 * (Queries, no Scan); name guards are read by the names the organizations have, so a guard left
 * behind by a name no organization has any more is not seen (it only blocks that name).
 */
export async function recountIndexes({ fix = false } = {}): Promise<IndexDrift[]> {
  const [{ data: organizations }, { data: agreements }, { data: programs }, orgWords, agreementWords] = await Promise.all([
    Organization.query.byName({}).go({ pages: 'all' }),
    PartnerAgreement.query.byStart({}).go({ pages: 'all' }),
    Program.query.byName({}).go({ pages: 'all' }),
    SearchWord.query.byWord({ type: 'Organization' }).go({ pages: 'all' }),
    SearchWord.query.byWord({ type: 'PartnerAgreement' }).go({ pages: 'all' }),
  ]);
  const drift: IndexDrift[] = [];

  const expectedWords = new Map(
    [...organizations.map(organizationSearchable), ...agreements.map(agreementSearchable)]
      .flatMap(searchEntries)
      .map((w) => [wordKey(w), w]),
  );
  const storedWords = new Map([...orgWords.data, ...agreementWords.data].map((w) => [wordKey(w), w]));
  for (const d of diff(expectedWords, storedWords)) {
    drift.push({ index: 'searchWord', key: d.key, problem: d.problem });
    if (!fix) continue;
    if (d.problem === 'extra')
      await SearchWord.delete({ type: d.item.type, word: d.item.word, order: d.item.order, recordId: d.item.recordId }).go();
    else await SearchWord.put(d.item).go();
  }

  const programIds = new Set([...programs.map((p) => p.id), ...agreements.flatMap((a) => (a.programId ? [a.programId] : []))]);
  const copies = await Promise.all(
    [...programIds].map((programId) => AgreementInProgram.query.byStart({ programId }).go({ pages: 'all' })),
  );
  const copyKey = (c: { programId: string; startDate: string; id: string }) => [c.programId, c.startDate, c.id].join('|');
  const expectedCopies = new Map(
    agreements.flatMap((a) => (a.programId ? [programCopy({ ...a, programId: a.programId })] : [])).map((c) => [copyKey(c), c]),
  );
  const storedCopies = new Map(copies.flatMap((c) => c.data).map((c) => [copyKey(c), c]));
  for (const d of diff(expectedCopies, storedCopies)) {
    drift.push({ index: 'programCopy', key: d.key, problem: d.problem });
    if (!fix) continue;
    if (d.problem === 'extra')
      await AgreementInProgram.delete({ programId: d.item.programId, startDate: d.item.startDate, id: d.item.id }).go();
    else await AgreementInProgram.put(d.item).go();
  }

  const names = [...new Set(organizations.map((o) => foldText(o.name)))];
  const { data: claims } = names.length ? await OrganizationName.get(names.map((foldedName) => ({ foldedName }))).go() : { data: [] };
  const holder = new Map(claims.map((c) => [c.foldedName, c.organizationId]));
  for (const o of organizations) {
    const foldedName = foldText(o.name);
    const held = holder.get(foldedName);
    if (held === o.id) continue;
    if (held) {
      drift.push({ index: 'organizationName', key: `${foldedName}|${o.id}`, problem: 'duplicate' });
      continue;
    }
    drift.push({ index: 'organizationName', key: `${foldedName}|${o.id}`, problem: 'missing' });
    holder.set(foldedName, o.id);
    if (fix) await OrganizationName.create({ foldedName, organizationId: o.id }).go();
  }
  return drift;
}
