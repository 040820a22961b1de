import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import type { CreditRecordView } from '@creditplus/shared';
import { RECORD_TYPE, SEVERITY } from '../../lib/labels';
import { formatFen } from '../../lib/money';
import {
  disclosureLine,
  shownAmountFen,
  shownDocNumber,
  STANDING_LABEL,
  standingOf,
  type RecordStanding,
} from '../../lib/recordDisplay';
import './index.scss';

const TYPE_TONE: Partial<Record<CreditRecordView['type'], string>> = {
  penalty: 'tag tag--warn',
  blacklist: 'tag tag--bad',
  watchlist: 'tag tag--warn',
  redlist: 'tag tag--good',
};

const STANDING_TONE: Record<RecordStanding, string> = {
  active: 'tag tag--good',
  revoked: 'tag',
  expired: 'tag',
  void: 'tag',
  minor: 'tag',
};

/**
 * One credit record: what, who decided, when, and whether it counts;
 * `about` names whom it concerns where that is not the reader;
 * children (a department's actions) go at the foot of the card.
 */
export default function RecordCard({
  record,
  about,
  children,
}: PropsWithChildren<{ record: CreditRecordView; about?: string }>) {
  const standing = standingOf(record);
  const docNumber = shownDocNumber(record);
  const amountFen = shownAmountFen(record);

  return (
    <View className={`card record is-${standing}`}>
      <View className="record__tags">
        <Text className={TYPE_TONE[record.type] ?? 'tag'}>
          {RECORD_TYPE[record.type]}
        </Text>
        {record.severity && (
          <Text className="tag tag--warn">{SEVERITY[record.severity]}</Text>
        )}
        <Text className={`record-status ${STANDING_TONE[standing]}`}>
          {STANDING_LABEL[standing]}
        </Text>
      </View>
      <Text className="record__title">{record.title}</Text>
      {about !== undefined && (
        <Text className="record__line record-subject">当事人 {about}</Text>
      )}
      <Text className="record__line muted">
        {record.department} · {record.category}
      </Text>
      {docNumber !== null && (
        <Text className="record__line record-doc muted">文号 {docNumber}</Text>
      )}
      <Text className="record__line muted">决定日期 {record.decisionDate}</Text>
      <Text className="record__line record-disclosure muted">
        {disclosureLine(record)}
      </Text>
      {amountFen !== null && (
        <Text className="record__line muted">金额 {formatFen(amountFen)}</Text>
      )}
      {children}
    </View>
  );
}
