import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { OfferKind, OfferScene, OfferView } from '@creditplus/shared';
import Chips from '../../components/Chips';
import PageState from '../../components/PageState';
import TabBar from '../../components/TabBar';
import { ClaimKeys } from '../../lib/claimKeys';
import { OFFER_KIND, OFFER_SCENE } from '../../lib/labels';
import {
  filterOffers,
  NO_FILTER,
  presentValues,
  type OfferFilter,
} from '../../lib/offerFilter';
import { api } from '../../services/api';
import { useRemote } from '../../hooks/useRemote';
import OfferCard from './OfferCard';

// Lives as long as the app, so a tap retried after leaving the page and
// coming back still sends the key of the unanswered one.
const claimKeys = new ClaimKeys();

const SCENES = Object.keys(OFFER_SCENE) as OfferScene[];
const KINDS = Object.keys(OFFER_KIND) as OfferKind[];

// The first chip, '', stands for any scene or kind.
function chipsOf<T extends string>(values: T[], labels: Record<T, string>) {
  return [
    { value: '' as const, label: '全部' },
    ...values.map((value) => ({ value, label: labels[value] })),
  ];
}

export default function Offers() {
  const { data, error, loading, reload } = useRemote(api.offers);
  const [claiming, setClaiming] = useState<number | null>(null);
  const [claimErrors, setClaimErrors] = useState<Record<number, string>>({});
  const [filter, setFilter] = useState<OfferFilter>(NO_FILTER);

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
        <View>
          <View className="offer-filter">
            <Chips
              options={chipsOf(
                presentValues(data, 'scene', SCENES),
                OFFER_SCENE,
              )}
              chosen={[filter.scene]}
              onToggle={(scene) => setFilter({ ...filter, scene })}
            />
            <Chips
              options={chipsOf(presentValues(data, 'kind', KINDS), OFFER_KIND)}
              chosen={[filter.kind]}
              onToggle={(kind) => setFilter({ ...filter, kind })}
            />
          </View>
          {filterOffers(data, filter).length === 0 ? (
            <View className="empty">暂无可用权益</View>
          ) : (
            filterOffers(data, filter).map((offer) => (
              <OfferCard
                key={offer.id}
                offer={offer}
                claiming={claiming === offer.id}
                claimError={claimErrors[offer.id] ?? ''}
                onClaim={() => claim(offer)}
              />
            ))
          )}
        </View>
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <TabBar current="/pages/offers/index" />
    </View>
  );
}
