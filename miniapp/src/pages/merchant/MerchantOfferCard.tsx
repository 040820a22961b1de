import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MerchantOfferView, OfferAction } from '@creditplus/shared';
import { formatDay } from '../../lib/dates';
import { OFFER_KIND, OFFER_SCENE } from '../../lib/labels';
import {
  isEditable,
  OFFER_ACTION,
  OFFER_STATUS,
  offerActions,
} from '../../lib/marketplaceLabels';
import { formatFen } from '../../lib/money';
import { describeEligibility, describeValue } from '../../lib/offerRules';

interface Props {
  offer: MerchantOfferView;
  busy: boolean;
  error: string;
  onMove: (action: OfferAction) => void;
}

export default function MerchantOfferCard(props: Props) {
  const { offer, busy, error, onMove } = props;
  const { stats } = offer;

  return (
    <View className={`card merchant-offer merchant-offer--${offer.status}`}>
      <View className="merchant-offer__head">
        <Text className="merchant-offer__title">{offer.title}</Text>
        <Text className={`offer-status offer-status--${offer.status}`}>
          {OFFER_STATUS[offer.status]}
        </Text>
      </View>
      <View className="merchant-offer__tags">
        <Text className="tag">{OFFER_SCENE[offer.scene]}</Text>
        <Text className="tag tag--good">{OFFER_KIND[offer.kind]}</Text>
        {describeValue(offer) !== '' && (
          <Text className="merchant-offer__value">{describeValue(offer)}</Text>
        )}
      </View>
      <Text className="merchant-offer__line muted">
        {describeEligibility(offer).join(' · ')}
      </Text>
      <Text className="merchant-offer__line muted">
        名额 {offer.quota}，剩余 {offer.remaining} · 每人{' '}
        {offer.perSubjectLimit} 张
        {offer.perDayQuota !== null ? ` · 每日 ${offer.perDayQuota}` : ''}
      </Text>
      <Text className="merchant-offer__line muted">
        有效期 {formatDay(offer.validFrom)} 至 {formatDay(offer.validTo)}
      </Text>
      {offer.reviewReason && (
        <Text className="merchant-offer__refused">
          审核意见：{offer.reviewReason}
        </Text>
      )}

      <View className="offer-stats">
        <Stat name="claims" label="领取" value={String(stats.claims)} />
        <Stat
          name="redemptions"
          label="核销"
          value={String(stats.redemptions)}
        />
        <Stat
          name="cancellations"
          label="取消"
          value={String(stats.cancellations)}
        />
        <Stat
          name="waived"
          label="免押金额"
          value={formatFen(stats.depositWaivedFen)}
        />
      </View>

      <View className="merchant-offer__actions">
        {isEditable(offer.status) && (
          <Button
            className="offer-action offer-action--edit"
            size="mini"
            onClick={() =>
              Taro.navigateTo({ url: `/pages/merchant/offer?id=${offer.id}` })
            }
          >
            编辑
          </Button>
        )}
        {offerActions(offer.status).map((action) => (
          <Button
            key={action}
            className={`offer-action offer-action--${action}`}
            size="mini"
            disabled={busy || undefined}
            onClick={() => onMove(action)}
          >
            {OFFER_ACTION[action]}
          </Button>
        ))}
      </View>
      {error !== '' && <Text className="form-field__error">{error}</Text>}
    </View>
  );
}

function Stat(props: { name: string; label: string; value: string }) {
  return (
    <View className={`offer-stat stat-${props.name}`}>
      <Text className="offer-stat__value">{props.value}</Text>
      <Text className="offer-stat__label">{props.label}</Text>
    </View>
  );
}
