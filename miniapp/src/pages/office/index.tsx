// The credit office's queue: merchants waiting to be approved, then the
// offers merchants submitted, each approved or refused with a reason; and
// the departments it onboards.
import { Text, View } from '@tarojs/components';
import type { MerchantOfferView, MerchantView } from '@creditplus/shared';
import PageState from '../../components/PageState';
import TabBar from '../../components/TabBar';
import { formatDateTime, formatDay } from '../../lib/dates';
import { OFFER_KIND, OFFER_SCENE } from '../../lib/labels';
import { describeEligibility, describeValue } from '../../lib/offerRules';
import { marketplace } from '../../services/api';
import { useRemote } from '../../hooks/useRemote';
import DepartmentsSection from './DepartmentsSection';
import ReviewActions from './ReviewActions';
import './index.scss';

interface Queue {
  merchants: MerchantView[];
  offers: MerchantOfferView[];
}

async function loadQueue(): Promise<Queue> {
  const [merchants, offers] = await Promise.all([
    marketplace.pendingMerchants(),
    marketplace.offersInReview(),
  ]);
  return { merchants, offers };
}

export default function OfficeReview() {
  const { data, error, loading, reload } = useRemote(loadQueue);

  return (
    <View className="page office-page">
      {data ? (
        <View>
          <Text className="section-title">待审核商户</Text>
          {data.merchants.length === 0 ? (
            <View className="empty">没有待审核的商户</View>
          ) : (
            data.merchants.map((merchant) => (
              <View className="card review-merchant" key={merchant.id}>
                <Text className="review-title">{merchant.name}</Text>
                <Text className="review-line muted">
                  {merchant.subject.name} · {merchant.subject.codeMasked}
                </Text>
                <Text className="review-line muted">
                  申请于 {formatDateTime(merchant.createdAt)}
                </Text>
                <ReviewActions
                  onDecide={async (review) => {
                    await marketplace.reviewMerchant(merchant.id, review);
                    reload();
                  }}
                />
              </View>
            ))
          )}

          <Text className="section-title">待审核权益</Text>
          {data.offers.length === 0 ? (
            <View className="empty">没有待审核的权益</View>
          ) : (
            data.offers.map((offer) => (
              <View className="card review-offer" key={offer.id}>
                <Text className="review-title">{offer.title}</Text>
                <Text className="review-line muted">{offer.merchant.name}</Text>
                <View className="review-tags">
                  <Text className="tag">{OFFER_SCENE[offer.scene]}</Text>
                  <Text className="tag tag--good">
                    {OFFER_KIND[offer.kind]}
                  </Text>
                  <Text className="review-value">{describeValue(offer)}</Text>
                </View>
                {offer.description !== '' && (
                  <Text className="review-line">{offer.description}</Text>
                )}
                <Text className="review-line muted">
                  条件：{describeEligibility(offer).join(' · ')}
                </Text>
                <Text className="review-line muted">
                  名额 {offer.quota} · 每人 {offer.perSubjectLimit} 张 ·{' '}
                  {formatDay(offer.validFrom)} 至 {formatDay(offer.validTo)}
                </Text>
                <ReviewActions
                  onDecide={async (review) => {
                    await marketplace.reviewOffer(offer.id, review);
                    reload();
                  }}
                />
              </View>
            ))
          )}
        </View>
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <DepartmentsSection />
      <TabBar current="/pages/office/index" />
    </View>
  );
}
