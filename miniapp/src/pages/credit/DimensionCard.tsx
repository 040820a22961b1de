import { Text, View } from '@tarojs/components';
import type { RatingDimension } from '@creditplus/shared';
import { shownDocNumber } from '../../lib/recordDisplay';
import { signedPoints } from '../../lib/points';

// Gains in green, losses in red, nothing in grey.
const TONE: Record<number, string> = {
  1: 'is-positive',
  0: 'is-zero',
  [-1]: 'is-negative',
};

export default function DimensionCard({
  dimension,
}: {
  dimension: RatingDimension;
}) {
  const capped = dimension.rawPoints !== dimension.points;

  return (
    <View className="card dimension">
      <View className="dimension__head">
        <Text className="dimension__label">{dimension.label}</Text>
        <Text
          className={`dimension-points ${TONE[Math.sign(dimension.points)]}`}
        >
          {signedPoints(dimension.points)}
        </Text>
      </View>
      {capped && (
        <Text className="dimension__cap muted">
          合计 {signedPoints(dimension.rawPoints)}，按上限 {dimension.cap.min}{' '}
          至 {dimension.cap.max} 计
        </Text>
      )}
      {dimension.items.length === 0 ? (
        <Text className="dimension__none muted">无相关记录</Text>
      ) : (
        dimension.items.map((item) => (
          <View className="dimension-item" key={item.recordId}>
            <View className="dimension-item__main">
              <Text className="dimension-item__title">{item.title}</Text>
              <Text className="dimension-item__source muted">
                {item.department}
              </Text>
              <Text className="dimension-item__source muted">
                {[
                  shownDocNumber({ type: item.recordType, ...item }),
                  item.decisionDate,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Text className="dimension-item__rule muted">{item.rule}</Text>
            </View>
            <Text className="dimension-item__points">
              {signedPoints(item.points)}
            </Text>
          </View>
        ))
      )}
    </View>
  );
}
