import { Text, View } from '@tarojs/components';
import type { ImportReportView } from '@creditplus/shared';
import { IMPORT_SOURCE, summariseReport } from '../../lib/importReport';

/** What an upload did: counts per outcome and every refused row's reason. */
export default function ImportReport({ report }: { report: ImportReportView }) {
  const summary = summariseReport(report);

  return (
    <View className="card import-report">
      <Text className="import-report__title">
        {IMPORT_SOURCE[report.source]}导入结果
      </Text>
      <Text className="import-summary">{summary.line}</Text>
      <View className="import-counts">
        {summary.counts.map((c) => (
          <View key={c.outcome} className={`import-count is-${c.outcome}`}>
            <Text className="import-count__value">{c.count}</Text>
            <Text className="import-count__label">{c.label}</Text>
          </View>
        ))}
      </View>
      {summary.clean ? (
        <Text className="import-report__clean">全部行均已入库</Text>
      ) : (
        <View className="problem-table">
          <View className="problem-row problem-row--head">
            <Text className="problem-row__where">行</Text>
            <Text className="problem-row__column">列</Text>
            <Text className="problem-row__reason">原因</Text>
          </View>
          {summary.problems.map((problem, i) => (
            <View
              key={`${problem.row}-${problem.column}-${i}`}
              className="problem-row"
            >
              <Text className="problem-row__where">{problem.where}</Text>
              <Text className="problem-row__column">
                {problem.column || '—'}
              </Text>
              <View className="problem-row__reason">
                <Text className="problem-reason">{problem.message}</Text>
                <Text className="problem-code muted">{problem.code}</Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
