// The score's history as a line drawn with plain views. Chart libraries
// were weighed: ECharts and AntV F2 draw on a canvas that each platform
// reaches differently (a native ec-canvas or f2-wx component on weapp, a
// DOM canvas on h5), and the Taro wrappers that bridge the two are
// one-person projects pinned to old Taro versions. A dozen points and
// their joining lines need none of that: views rotated by the slope work
// the same on both platforms, add no bytes to the weapp package, and stay
// in the page for tests and screen readers to read.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RatingHistoryPoint } from '@creditplus/shared';
import {
  buildTrend,
  type TrendBox,
  type TrendPoint,
} from '../../lib/ratingTrend';
import { signedPoints } from '../../lib/points';

// Design pixels of the 750-wide page: the card's inner width.
const BOX: TrendBox = { width: 622, height: 220, inset: 44, maxPoints: 12 };
// Room above the plot for the score over the highest dot.
const TOP = 48;
const DOT = 16;
const LINE = 4;

const px = (n: number) => Taro.pxTransform(n);

// Runs of equal scores are one point, so a lone point is a score held.
function caption(points: TrendPoint[]): string {
  if (points.length === 0) return '';
  if (points.length === 1) return `自 ${points[0].day} 起未变`;
  return `近 ${points.length} 次分数变化`;
}

export default function TrendChart({
  history,
}: {
  history: RatingHistoryPoint[] | null;
}) {
  if (history === null) {
    return (
      <View className="card trend">
        <Text className="muted">分数走势暂时无法加载，请稍后再看</Text>
      </View>
    );
  }
  const trend = buildTrend(history, BOX);

  return (
    <View className="card trend">
      <View className="trend__head">
        <Text className="trend__caption muted">{caption(trend.points)}</Text>
        {trend.change !== null && (
          <Text
            className={
              trend.change < 0 ? 'trend-change is-negative' : 'trend-change'
            }
          >
            较上次 {signedPoints(trend.change)}
          </Text>
        )}
      </View>
      {trend.points.length === 0 ? (
        <Text className="empty">暂无评分记录</Text>
      ) : (
        <View
          className="trend-chart"
          style={{ width: px(BOX.width), height: px(BOX.height + TOP) }}
        >
          <View className="trend-chart__grid" style={{ top: px(TOP) }}>
            <Text className="trend-chart__bound">{trend.ceiling}</Text>
          </View>
          <View
            className="trend-chart__grid"
            style={{ top: px(TOP + BOX.height) }}
          >
            <Text className="trend-chart__bound">{trend.floor}</Text>
          </View>
          {trend.segments.map((segment) => (
            <View
              key={`${segment.x}-${segment.y}`}
              className="trend-chart__line"
              style={{
                left: px(segment.x),
                top: px(TOP + segment.y - LINE / 2),
                width: px(segment.length),
                height: px(LINE),
                transform: `rotate(${segment.degrees}deg)`,
              }}
            />
          ))}
          {trend.points.map((point) => (
            <View key={`${point.day}-${point.x}`}>
              <Text
                className="trend-chart__score"
                style={{ left: px(point.x - 40), top: px(point.y) }}
              >
                {point.score}
              </Text>
              <View
                className="trend-chart__point"
                style={{
                  left: px(point.x - DOT / 2),
                  top: px(TOP + point.y - DOT / 2),
                  width: px(DOT),
                  height: px(DOT),
                }}
              />
            </View>
          ))}
        </View>
      )}
      {trend.points.length > 0 && (
        <View className="trend-axis" style={{ width: px(BOX.width) }}>
          {trend.points
            .filter((point) => point.label !== '')
            .map((point) => (
              <Text
                key={point.day + point.x}
                className="trend-axis__label muted"
                style={{ left: px(point.x - 50) }}
              >
                {point.label}
              </Text>
            ))}
        </View>
      )}
    </View>
  );
}
