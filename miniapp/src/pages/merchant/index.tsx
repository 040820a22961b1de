// The merchant's home: registration (for an enterprise agent without
// one), the office's verdict, staff invites, totals, and every offer with
// its statistics and the moves its state allows.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type {
  MerchantOfferView,
  MerchantStatsView,
  MerchantView,
  OfferAction,
  UserProfile,
} from '@creditplus/shared';
import PageState from '../../components/PageState';
import TabBar from '../../components/TabBar';
import { formatFen } from '../../lib/money';
import { MERCHANT_STATUS } from '../../lib/marketplaceLabels';
import { api, marketplace } from '../../services/api';
import { updateUser } from '../../services/session';
import { useRemote } from '../../hooks/useRemote';
import InviteCard from './InviteCard';
import MerchantOfferCard from './MerchantOfferCard';
import RegisterCard from './RegisterCard';
import './index.scss';

interface Shop {
  merchant: MerchantView;
  offers: MerchantOfferView[];
  stats: MerchantStatsView;
}

interface MerchantData {
  user: UserProfile;
  shop: Shop | null;
}

// The profile is read again each time: registering, or the office's
// approval, changes what this user may do.
async function loadMerchantPage(): Promise<MerchantData> {
  const user = await api.me();
  updateUser(user);
  if (user.merchant === null) return { user, shop: null };
  const [merchant, offers, stats] = await Promise.all([
    marketplace.merchant(),
    marketplace.merchantOffers(),
    marketplace.merchantStats(),
  ]);
  return { user, shop: { merchant, offers, stats } };
}

export default function MerchantHome() {
  const { data, error, loading, reload } = useRemote(loadMerchantPage);

  return (
    <View className="page merchant-page">
      {data ? (
        <MerchantBody data={data} reload={reload} />
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <TabBar current="/pages/merchant/index" />
    </View>
  );
}

function MerchantBody({
  data,
  reload,
}: {
  data: MerchantData;
  reload: () => void;
}) {
  const { user, shop } = data;
  const agent = user.role === 'enterprise';

  if (shop === null) {
    return agent ? (
      <RegisterCard user={user} refusedBecause={null} onRegistered={reload} />
    ) : (
      <View className="empty">当前账号不属于任何商户</View>
    );
  }

  const { merchant, offers, stats } = shop;
  return (
    <View>
      <View className="card merchant-head">
        <View className="merchant-head__row">
          <Text className="merchant-head__name">{merchant.name}</Text>
          <Text
            className={`merchant-status merchant-status--${merchant.status}`}
          >
            {MERCHANT_STATUS[merchant.status]}
          </Text>
        </View>
        <Text className="muted">{merchant.subject.codeMasked}</Text>
        {merchant.status === 'pending' && (
          <Text className="merchant-head__note">
            市信用办审核通过后，权益方可提交审核并上线。
          </Text>
        )}
      </View>

      {merchant.status === 'refused' && agent && (
        <RegisterCard
          user={user}
          refusedBecause={merchant.reviewReason ?? ''}
          onRegistered={reload}
        />
      )}
      {merchant.status === 'approved' && agent && <InviteCard />}

      <View className="card merchant-totals">
        <Total label="领取" value={String(stats.merchant.claims)} />
        <Total label="核销" value={String(stats.merchant.redemptions)} />
        <Total label="取消" value={String(stats.merchant.cancellations)} />
        <Total
          label="免押红利"
          value={formatFen(stats.merchant.depositWaivedFen)}
        />
      </View>

      <View className="merchant-links">
        <Button
          className="primary-button new-offer-button"
          onClick={() => Taro.navigateTo({ url: '/pages/merchant/offer' })}
        >
          新建权益
        </Button>
        {/* Staff reach these from the tab bar; an agent from here. */}
        {agent && (
          <View className="merchant-links__row">
            <Button
              className="merchant-link redeem-link"
              onClick={() => Taro.navigateTo({ url: '/pages/redeem/index' })}
            >
              核销卡券
            </Button>
            <Button
              className="merchant-link deals-link"
              onClick={() => Taro.navigateTo({ url: '/pages/merchant/deals' })}
            >
              免押履约
            </Button>
          </View>
        )}
      </View>

      <Text className="section-title">我的权益</Text>
      <OfferList offers={offers} reload={reload} />
    </View>
  );
}

function OfferList(props: { offers: MerchantOfferView[]; reload: () => void }) {
  const [busy, setBusy] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<number, string>>({});

  const move = async (offer: MerchantOfferView, action: OfferAction) => {
    setBusy(offer.id);
    setErrors((all) => ({ ...all, [offer.id]: '' }));
    try {
      await marketplace.moveOffer(offer.id, action);
      props.reload();
    } catch (e) {
      setErrors((all) => ({ ...all, [offer.id]: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  if (props.offers.length === 0) {
    return <View className="empty">还没有权益，点“新建权益”开始</View>;
  }
  return (
    <View>
      {props.offers.map((offer) => (
        <MerchantOfferCard
          key={offer.id}
          offer={offer}
          busy={busy === offer.id}
          error={errors[offer.id] ?? ''}
          onMove={(action) => move(offer, action)}
        />
      ))}
    </View>
  );
}

function Total(props: { label: string; value: string }) {
  return (
    <View className="merchant-total">
      <Text className="merchant-total__value">{props.value}</Text>
      <Text className="merchant-total__label">{props.label}</Text>
    </View>
  );
}
