import type { HtcdsGeneralisationStep } from '@ruta/schema/generated/types';
import { DEFAULT_CELL_SIZE } from '@ruta/schema/zod/publicStats';
import { reachOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { forbidden, notFound } from '#platform/errors';
import { AuditEvent } from '#modules/audit/entity';
import { auditRecord } from '#modules/audit/service';
import { Case } from '#modules/case/entity';
import { Program } from '#modules/program/entity';
import { kAnonymise } from '#modules/htcdsExport/anonymise';
import { type ExportableCase, otherValuesOf, quasiValuesOf, toCsv } from '#modules/htcdsExport/htcds';

/** The case attributes the export reads: no identity is stored on a case, and no code or id is read. */
const READ = [
  'sex',
  'ageBand',
  'nationality',
  'exploitationTypes',
  'meansOfControl',
  'exploitationPlace',
  'dateReported',
  'dateIdentified',
  'stage',
  'closureReason',
] as const;

export interface HtcdsExportResult {
  programId: string;
  csv: string;
  cases: number;
  rows: number;
  generalisedRows: number;
  droppedRows: number;
  k: number;
  generalisations: { step: HtcdsGeneralisationStep; rows: number }[];
  requests: number;
}

/**
 * A program's cases as a k-anonymous HTCDS CSV (staff and admin). Reads the program (1 GetItem), its
 * cases through the `byProgram` index a page at a time (pattern 34, no Scan), generalises or drops the
 * rows in groups under the program's k, and writes an EXPORT audit event on the program naming who and how many rows.
 */
export async function exportHtcds(ctx: RequestContext, programId: string): Promise<HtcdsExportResult> {
  const reach = reachOf(ctx, 'Mutation', 'exportHtcds');
  if (reach?.scope !== 'all') throw forbidden('Only the program team exports cases');
  let requests = 1;
  const program = (await Program.get({ id: programId }).go()).data;
  if (!program) throw notFound('Program', programId);
  // The program's own k (11 until an admin sets it): the smallest group of equal quasi-identifiers.
  const k = program.statisticsK ?? DEFAULT_CELL_SIZE;

  const cases: ExportableCase[] = [];
  let cursor: string | null = null;
  do {
    const page: { data: unknown[]; cursor: string | null } = await Case.query
      .byProgram({ programId })
      .go({ cursor, pages: 1, attributes: [...READ] });
    requests++;
    cases.push(...(page.data as ExportableCase[]));
    cursor = page.cursor;
  } while (cursor);

  const result = kAnonymise(
    cases.map((c) => ({ row: c, values: quasiValuesOf(c) })),
    k,
  );
  const csv = toCsv(result.kept.map(({ row, values }) => ({ ...values, ...otherValuesOf(row) })));
  await AuditEvent.create({ ...auditRecord(ctx, 'EXPORT', 'Program', programId, {}), rowCount: result.kept.length }).go();
  requests++;
  return {
    programId,
    csv,
    cases: cases.length,
    rows: result.kept.length,
    generalisedRows: result.generalisedRows,
    droppedRows: result.droppedRows,
    k,
    generalisations: result.steps,
    requests,
  };
}
