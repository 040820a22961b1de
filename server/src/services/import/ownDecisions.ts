// A department hands over its own decisions only. A row naming another
// authority would otherwise be filed under the uploader, then again under
// its own authority when that one sends it, and the subject scored twice
// for one decision; and a department could put its name to decisions it
// did not take. Such a row is refused; its authority sends it.
import type { ImportSource } from '@creditplus/shared';

import type { Department } from '../../db/models';
import { licenseColumns } from './licenseRow';
import { listColumns } from './listRow';
import type { ParsedRecord } from './parsedRecord';
import { penaltyColumns } from './penaltyRow';
import { problemMessages, type RowProblem } from './rowProblem';

const authorityColumn: Record<ImportSource, string> = {
  penalties: penaltyColumns.authority,
  licenses: licenseColumns.authority,
  lists: listColumns.department,
};

/** The problem of a row another authority decided, or null. */
export function foreignDecision(
  source: ImportSource,
  record: ParsedRecord,
  row: number,
  uploader: Department,
): RowProblem | null {
  const named = record.department;
  const same =
    named.uscc !== null && uploader.uscc !== null
      ? named.uscc === uploader.uscc
      : named.name === uploader.name;
  if (same) return null;
  return {
    row,
    column: authorityColumn[source],
    code: 'other_authority',
    message: problemMessages.other_authority,
  };
}
