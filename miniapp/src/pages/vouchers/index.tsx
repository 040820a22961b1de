import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VoucherView } from '@creditplus/shared';
import PageState from '../../components/PageState';
import TabBar from '../../components/TabBar';
import VoucherCard from '../../components/VoucherCard';
import { isCancellable } from '../../lib/marketplaceLabels';
import { api, marketplace } from '../../services/api';
import { useRemote } from '../../hooks/useRemote';
import './index.scss';

export default function Vouchers() {
  const { data, error, loading, reload } = useRemote(api.vouchers);

  return (
    <View className="page vouchers">
      {data ? (
        data.length === 0 ? (
          <View className="empty">还没有卡券，去权益页领取吧</View>
        ) : (
          data.map((voucher) => (
            <View key={voucher.id}>
              <VoucherCard voucher={voucher} />
              {isCancellable(voucher) && (
                <CancelVoucher voucher={voucher} onCancelled={reload} />
              )}
            </View>
          ))
        )
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <TabBar current="/pages/vouchers/index" />
    </View>
  );
}

// Giving a voucher back returns its quota to others; a second tap
// confirms, so a stray tap loses nothing.
function CancelVoucher(props: {
  voucher: VoucherView;
  onCancelled: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const cancel = async () => {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setBusy(true);
    setError('');
    try {
      await marketplace.cancelVoucher(props.voucher.id);
      props.onCancelled();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <View className="voucher-cancel">
      <Button
        className="cancel-voucher-button"
        size="mini"
        disabled={busy || undefined}
        onClick={cancel}
      >
        {confirming ? '确认取消（名额将退回）' : '取消领取'}
      </Button>
      {error !== '' && <Text className="voucher-cancel__error">{error}</Text>}
    </View>
  );
}
