// One valid source row, ready to store.
import type {
  RecordStatus,
  RecordType,
  Severity,
  SubjectCategory,
  SubjectKind,
} from '@creditplus/shared';

import type { RowProblem } from './rowProblem';

export interface SubjectRef {
  kind: SubjectKind;
  category: SubjectCategory;
  /** Normalised ID number or USCC; it never leaves the import in plain. */
  code: string;
  name: string;
  region: string;
}

export interface DepartmentRef {
  name: string;
  uscc: string | null;
}

export interface ParsedRecord {
  subject: SubjectRef;
  department: DepartmentRef;
  type: RecordType;
  docNumber: string;
  title: string;
  category: string;
  amountFen: number | null;
  decisionDate: string;
  disclosureEnd: string | null;
  severity: Severity | null;
  status: RecordStatus;
  payload: Record<string, string>;
}

export type RowResult =
  { ok: true; record: ParsedRecord } | { ok: false; problems: RowProblem[] };
