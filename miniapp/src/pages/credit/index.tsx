import { Text, View } from '@tarojs/components';
import type {
  CreditRecordView,
  Rating,
  RatingHistoryPoint,
} from '@creditplus/shared';
import PageState from '../../components/PageState';
import RecordCard from '../../components/RecordCard';
import TabBar from '../../components/TabBar';
import { formatDateTime } from '../../lib/dates';
import { gradeColor } from '../../lib/gradeColor';
import { api } from '../../services/api';
import { useRemote } from '../../hooks/useRemote';
import DimensionCard from './DimensionCard';
import TrendChart from './TrendChart';
import './index.scss';

interface CreditData {
  rating: Rating;
  records: CreditRecordView[];
  /** Null when only the history failed: the rating still shows. */
  history: RatingHistoryPoint[] | null;
}

async function loadCredit(): Promise<CreditData> {
  const [rating, records, history] = await Promise.all([
    api.rating(),
    api.records(),
    api.ratingHistory().catch(() => null),
  ]);
  return { rating, records, history };
}

export default function Credit() {
  const { data, error, loading, reload } = useRemote(loadCredit);

  return (
    <View className="page credit">
      {data ? (
        <CreditView {...data} />
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <TabBar current="/pages/credit/index" />
    </View>
  );
}

function CreditView({ rating, records, history }: CreditData) {
  const color = gradeColor(rating.subjectKind, rating.grade);

  return (
    <View>
      <View className="score-card">
        <Text className="score-card__caption">信用分</Text>
        <Text className="score-value">{rating.score}</Text>
        <View className="score-card__grade">
          <Text className="grade-badge" style={{ color }}>
            {rating.grade}
          </Text>
          <Text className="grade-label">{rating.gradeLabel}</Text>
        </View>
        <View className="score-card__flags">
          {rating.redlisted && <Text className="tag tag--good">红名单</Text>}
          {rating.blacklisted && (
            <Text className="tag tag--bad">黑名单：暂停全部权益</Text>
          )}
        </View>
        <Text className="score-card__meta">
          基础分 {rating.base} · 模型 v{rating.modelVersion} · 更新于{' '}
          {formatDateTime(rating.computedAt)}
        </Text>
      </View>

      <Text className="section-title">分数走势</Text>
      <TrendChart history={history} />

      <Text className="section-title">分数构成</Text>
      {rating.dimensions.map((dimension) => (
        <DimensionCard key={dimension.key} dimension={dimension} />
      ))}

      <Text className="section-title">信用记录</Text>
      {records.length === 0 ? (
        <View className="empty">暂无信用记录</View>
      ) : (
        records.map((record) => <RecordCard key={record.id} record={record} />)
      )}
    </View>
  );
}
