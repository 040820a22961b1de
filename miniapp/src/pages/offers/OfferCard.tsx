import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { OfferView } from '@creditplus/shared';
import { formatDay } from '../../lib/dates';
import { OFFER_KIND, OFFER_SCENE } from '../../lib/labels';
import { describeValue } from '../../lib/offerRules';
import './OfferCard.scss';

interface Props {
  offer: OfferView;
  claiming: boolean;
  claimError: string;
  onClaim: () => void;
}

export default function OfferCard(props: Props) {
  const { offer, claiming, claimError, onClaim } = props;
  const { eligible, reasons } = offer.eligibility;
  // None left, or the limit held: the server says so rather than refusing
  // the tap; it decides the claim again either way.
  const blocker = offer.claimBlock?.message ?? null;

  return (
    <View className="card offer-card">
      <View className="offer-card__tags">
        <Text className="tag">{OFFER_SCENE[offer.scene]}</Text>
        <Text className="tag tag--good">{OFFER_KIND[offer.kind]}</Text>
        {offer.minGrade && (
          <Text className="tag tag--warn">信用 {offer.minGrade} 级及以上</Text>
        )}
      </View>
      <View className="offer-card__head">
        <Text className="offer-title">{offer.title}</Text>
        {describeValue(offer) !== '' && (
          <Text className="offer-value">{describeValue(offer)}</Text>
        )}
      </View>
      <Text className="offer-merchant muted">{offer.merchant.name}</Text>
      <Text className="offer-description">{offer.description}</Text>
      <Text className="offer-meta muted">
        剩余 {offer.remaining}/{offer.quota} · 每人限领 {offer.perSubjectLimit}{' '}
        张 · {formatDay(offer.validTo)} 截止
      </Text>

      {offer.myClaims > 0 && (
        <Text
          className="offer-claimed"
          onClick={() => Taro.redirectTo({ url: '/pages/vouchers/index' })}
        >
          已领取 {offer.myClaims} 张，查看卡券 ›
        </Text>
      )}

      {eligible && blocker !== null && (
        <Text className="claim-blocked muted">{blocker}</Text>
      )}
      {eligible && blocker === null && (
        <Button
          className="primary-button claim-button"
          loading={claiming}
          // The h5 button greys out on any `disabled` attribute, even false.
          disabled={claiming || undefined}
          onClick={onClaim}
        >
          立即领取
        </Button>
      )}
      {!eligible && (
        <View className="ineligible-reasons">
          {reasons.map((reason) => (
            <Text className="ineligible-reason" key={reason.code}>
              {reason.message}
            </Text>
          ))}
        </View>
      )}
      {claimError !== '' && <Text className="claim-error">{claimError}</Text>}
    </View>
  );
}
