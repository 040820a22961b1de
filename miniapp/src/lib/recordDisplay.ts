// How a credit record reads on the citizen's and the public pages.
import type { CreditRecordView, RecordType } from '@creditplus/shared';

export type RecordStanding =
  'active' | 'revoked' | 'expired' | 'void' | 'minor';

export const STANDING_LABEL: Record<RecordStanding, string> = {
  active: '有效',
  revoked: '已撤销',
  expired: '已过期',
  void: '不再计分',
  minor: '不计分',
};

/**
 * Revoked and expired say why a record stopped counting; a minor penalty
 * never counted nor is disclosed (不计分); any other active record that no
 * longer counts (its disclosure period over before the nightly job marked
 * it) reads 不再计分.
 */
export function standingOf(
  record: Pick<CreditRecordView, 'status' | 'counts' | 'severity'>,
): RecordStanding {
  if (record.status !== 'active') return record.status;
  if (record.counts) return 'active';
  return record.severity === 'minor' ? 'minor' : 'void';
}

/** The disclosure line: a minor penalty is never disclosed. */
export function disclosureLine(
  record: Pick<CreditRecordView, 'severity' | 'disclosureEnd'>,
): string {
  if (record.disclosureEnd !== null) {
    return `公示截止 ${record.disclosureEnd}`;
  }
  return record.severity === 'minor' ? '轻微，不予公示' : '公示截止 未注明';
}

// Red, black and watch lists carry no document number, and a deposit-free
// deal's performance is reported by a merchant, not decided by a document:
// the server keys them by list, date and subject or by voucher instead,
// which is no number anyone could quote.
const WITHOUT_DOC_NUMBER: ReadonlySet<RecordType> = new Set([
  'redlist',
  'blacklist',
  'watchlist',
  'performance',
]);

/**
 * The amount to show, or null: a penalty without a fine (a warning, a
 * license revoked) carries 0, which would read as a fine of nothing.
 */
export function shownAmountFen(
  record: Pick<CreditRecordView, 'amountFen'>,
): number | null {
  return record.amountFen === null || record.amountFen === 0
    ? null
    : record.amountFen;
}

/** The document number to show, or null when the record has none. */
export function shownDocNumber(
  record: Pick<CreditRecordView, 'type' | 'docNumber'>,
): string | null {
  if (WITHOUT_DOC_NUMBER.has(record.type) || record.docNumber === '') {
    return null;
  }
  return record.docNumber;
}
