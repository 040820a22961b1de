// Redeemed deposit waivers: staff look at the holder's grade (logged and
// shown to the holder) and report the deal returned on time or
// defaulted with the amount left unpaid; either rescores the holder.
import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type {
  ClaimantGradeView,
  PerformanceReportRequest,
  RedemptionView,
} from '@creditplus/shared';
import PageState from '../../components/PageState';
import TabBar from '../../components/TabBar';
import { formatDateTime } from '../../lib/dates';
import { readDefaultedAmount } from '../../lib/merchantInput';
import { formatFen } from '../../lib/money';
import { api, marketplace } from '../../services/api';
import { useRemote } from '../../hooks/useRemote';
import './deals.scss';

async function loadDeals(): Promise<RedemptionView[]> {
  const [redemptions, offers] = await Promise.all([
    api.redemptions(),
    marketplace.merchantOffers(),
  ]);
  const waivers = new Set(
    offers.filter((o) => o.kind === 'deposit_waiver').map((o) => o.id),
  );
  return redemptions.filter((r) => waivers.has(r.offer.id));
}

export default function Deals() {
  const { data, error, loading, reload } = useRemote(loadDeals);

  return (
    <View className="page deals-page">
      {data ? (
        data.length === 0 ? (
          <View className="empty">暂无已核销的免押金权益</View>
        ) : (
          data.map((deal) => <DealCard key={deal.voucherId} deal={deal} />)
        )
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <TabBar current="/pages/merchant/deals" />
    </View>
  );
}

function DealCard({ deal }: { deal: RedemptionView }) {
  const [amount, setAmount] = useState('');
  const [done, setDone] = useState('');
  const [grade, setGrade] = useState<ClaimantGradeView | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const report = (request: PerformanceReportRequest, text: string) =>
    run(async () => {
      await marketplace.reportPerformance(deal.voucherId, request);
      setDone(text);
    });

  const reportDefault = () => {
    const read = readDefaultedAmount(amount);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    report(
      { outcome: 'defaulted', amountFen: read.value },
      `已登记违约，未付 ${formatFen(read.value)}`,
    );
  };

  return (
    <View className="card deal-card">
      <Text className="deal-card__title">{deal.offer.title}</Text>
      <Text className="muted">
        {deal.holder} · 核销于 {formatDateTime(deal.redeemedAt)}
      </Text>
      {grade ? (
        <Text className="deal-grade">
          信用等级 {grade.grade}（{grade.gradeLabel}），授权至{' '}
          {formatDateTime(grade.authorizedUntil)}
        </Text>
      ) : (
        <Text
          className="deal-grade-link"
          onClick={() =>
            run(async () =>
              setGrade(await marketplace.claimantGrade(deal.claimId)),
            )
          }
        >
          查看领取人信用等级（将告知本人）›
        </Text>
      )}

      {done !== '' ? (
        <Text className="deal-done">{done}</Text>
      ) : (
        <View className="deal-actions">
          <Button
            className="deal-returned"
            size="mini"
            disabled={busy || undefined}
            onClick={() => report({ outcome: 'returned' }, '已登记按时归还')}
          >
            按时归还
          </Button>
          <Input
            className="deal-amount"
            type="digit"
            placeholder="违约金额（元）"
            value={amount}
            onInput={(e) => setAmount(e.detail.value)}
          />
          <Button
            className="deal-defaulted"
            size="mini"
            disabled={busy || undefined}
            onClick={reportDefault}
          >
            登记违约
          </Button>
        </View>
      )}
      {error !== '' && <Text className="deal-error">{error}</Text>}
    </View>
  );
}
