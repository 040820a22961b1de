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
import { buildTrend, trendCaption, type TrendBox } from '../../lib/ratingTrend';
import { signedPoints } from '../../lib/points';

// Design pixels of the 750-wide page. The scale's two scores sit in a
// column of their own left of the plot: inside it, the score over a dot
// at either end landed on them.
const WIDTH = 622;
const GUTTER = 72;
const BOX: TrendBox = {
  width: WIDTH - GUTTER,
  height: 220,
  inset: 44,
  maxPoints: 12,
};
// Room above the plot for the score over the highest dot.
const TOP = 48;
const DOT = 16;
const LINE = 4;
// Half the scale label's line, to centre it on its grid line.
const BOUND_HALF = 14;

const px = (n: number) => Taro.pxTransform(n);

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
        <Text className="trend__caption muted">
          {trendCaption(trend.points)}
        </Text>
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
          style={{ width: px(WIDTH), height: px(BOX.height + TOP) }}
        >
          {[
            { score: trend.ceiling, top: TOP },
            { score: trend.floor, top: TOP + BOX.height },
          ].map((bound) => (
            <Text
              key={bound.top}
              className="trend-chart__bound"
              style={{
                top: px(bound.top - BOUND_HALF),
                width: px(GUTTER - 12),
                height: px(2 * BOUND_HALF),
                lineHeight: px(2 * BOUND_HALF),
              }}
            >
              {bound.score}
            </Text>
          ))}
          <View
            className="trend-chart__plot"
            style={{ left: px(GUTTER), width: px(BOX.width) }}
          >
            <View className="trend-chart__grid" style={{ top: px(TOP) }} />
            <View
              className="trend-chart__grid"
              style={{ top: px(TOP + BOX.height) }}
            />
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
        </View>
      )}
      {trend.points.length > 0 && (
        <View
          className="trend-axis"
          style={{ width: px(BOX.width), marginLeft: px(GUTTER) }}
        >
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
