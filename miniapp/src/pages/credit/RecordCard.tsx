import { Text, View } from '@tarojs/components';
import type { CreditRecordView } from '@creditplus/shared';
import { RECORD_STATUS, RECORD_TYPE, SEVERITY } from '../../lib/labels';
import { formatFen } from '../../lib/money';

const TYPE_TONE: Record<CreditRecordView['type'], string> = {
  penalty: 'tag tag--warn',
  blacklist: 'tag tag--bad',
  redlist: 'tag tag--good',
  license: 'tag',
};

export default function RecordCard({ record }: { record: CreditRecordView }) {
  return (
    <View className={record.counts ? 'card record' : 'card record is-void'}>
      <View className="record__tags">
        <Text className={TYPE_TONE[record.type]}>
          {RECORD_TYPE[record.type]}
        </Text>
        {record.severity && (
          <Text className="tag tag--warn">{SEVERITY[record.severity]}</Text>
        )}
        <Text className="tag record-status">
          {RECORD_STATUS[record.status]}
        </Text>
        {!record.counts && <Text className="tag">不计分</Text>}
      </View>
      <Text className="record__title">{record.title}</Text>
      <Text className="record__line muted">
        {record.department} · {record.category}
      </Text>
      <Text className="record__line muted">决定书文号 {record.docNumber}</Text>
      <Text className="record__line muted">
        决定日期 {record.decisionDate}
        {record.disclosureEnd && ` · 公示截止 ${record.disclosureEnd}`}
      </Text>
      {record.amountFen !== null && (
        <Text className="record__line muted">
          金额 {formatFen(record.amountFen)}
        </Text>
      )}
    </View>
  );
}
