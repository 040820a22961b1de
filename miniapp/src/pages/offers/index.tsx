import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { OfferView } from '@creditplus/shared';
import PageState from '../../components/PageState';
import TabBar from '../../components/TabBar';
import { ClaimKeys } from '../../lib/claimKeys';
import { api } from '../../services/api';
import { useRemote } from '../../hooks/useRemote';
import OfferCard from './OfferCard';

// Lives as long as the app, so a tap retried after leaving the page and
// coming back still sends the key of the unanswered one.
const claimKeys = new ClaimKeys();

export default function Offers() {
  const { data, error, loading, reload } = useRemote(api.offers);
  const [claiming, setClaiming] = useState<number | null>(null);
  const [claimErrors, setClaimErrors] = useState<Record<number, string>>({});

  const claim = async (offer: OfferView) => {
    setClaiming(offer.id);
    setClaimErrors((errors) => ({ ...errors, [offer.id]: '' }));
    try {
      const voucher = await claimKeys.claim(offer.id, (key) =>
        api.claim(offer.id, key),
      );
      Taro.navigateTo({ url: `/pages/voucher/index?id=${voucher.id}` });
    } catch (e) {
      setClaimErrors((errors) => ({
        ...errors,
        [offer.id]: (e as Error).message,
      }));
      reload();
    } finally {
      setClaiming(null);
    }
  };

  return (
    <View className="page offers">
      {data ? (
        data.length === 0 ? (
          <View className="empty">暂无可用权益</View>
        ) : (
          data.map((offer) => (
            <OfferCard
              key={offer.id}
              offer={offer}
              claiming={claiming === offer.id}
              claimError={claimErrors[offer.id] ?? ''}
              onClaim={() => claim(offer)}
            />
          ))
        )
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <TabBar current="/pages/offers/index" />
    </View>
  );
}
