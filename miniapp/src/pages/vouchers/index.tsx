import { View } from '@tarojs/components';
import PageState from '../../components/PageState';
import TabBar from '../../components/TabBar';
import VoucherCard from '../../components/VoucherCard';
import { api } from '../../services/api';
import { useRemote } from '../../hooks/useRemote';

export default function Vouchers() {
  const { data, error, loading, reload } = useRemote(api.vouchers);

  return (
    <View className="page vouchers">
      {data ? (
        data.length === 0 ? (
          <View className="empty">还没有卡券，去权益页领取吧</View>
        ) : (
          data.map((voucher) => (
            <VoucherCard key={voucher.id} voucher={voucher} />
          ))
        )
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <TabBar current="/pages/vouchers/index" />
    </View>
  );
}
