// One version of a scoring model as the office reads it: when it was
// published, the base score, and each dimension with its bounds and rules.
import { Text, View } from '@tarojs/components';
import type { ScoringModelView } from '@creditplus/shared';
import { formatDateTime } from '../../lib/dates';
import {
  describeCap,
  describeMatch,
  describePoints,
} from '../../lib/modelText';
import { signedPoints } from '../../lib/points';

export default function ModelCard({ model }: { model: ScoringModelView }) {
  return (
    <View className="model-card">
      <View className="model-card__head">
        <Text className="model-version">第 {model.version} 版</Text>
        <Text className="model-published muted">
          {formatDateTime(model.publishedAt)} 发布
        </Text>
      </View>
      <View className="model-base">
        <Text className="model-base__label">基础分</Text>
        <Text className="model-base__value">{model.base}</Text>
      </View>
      {model.dimensions.map((dimension) => (
        <View className="model-dimension" key={dimension.key}>
          <View className="model-dimension__head">
            <Text className="model-dimension__label">{dimension.label}</Text>
            <Text className="model-dimension__cap">
              {describeCap(dimension.cap)}
            </Text>
          </View>
          {dimension.rules.length === 0 ? (
            <Text className="model-rule__none muted">暂无计分规则</Text>
          ) : (
            dimension.rules.map((rule, r) => (
              <View className="model-rule" key={r}>
                <View className="model-rule__main">
                  <Text className="model-rule__label">{rule.label}</Text>
                  <Text className="model-rule__match muted">
                    {describeMatch(rule)} · {describePoints(rule)}
                  </Text>
                </View>
                <Text
                  className={
                    rule.points < 0
                      ? 'model-rule__points is-negative'
                      : 'model-rule__points'
                  }
                >
                  {signedPoints(rule.points)}
                </Text>
              </View>
            ))
          )}
        </View>
      ))}
    </View>
  );
}
