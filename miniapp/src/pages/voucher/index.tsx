import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { VoucherView } from '@creditplus/shared';
import PageState from '../../components/PageState';
import VoucherCard from '../../components/VoucherCard';
import { ApiError } from '../../lib/apiError';
import { api } from '../../services/api';
import { useRemote } from '../../hooks/useRemote';
import './index.scss';

// The API lists a holder's vouchers but has no single-voucher read; a
// holder has few, so the page picks its one from the list.
async function loadVoucher(id: number): Promise<VoucherView> {
  const voucher = (await api.vouchers()).find((v) => v.id === id);
  if (!voucher) throw new ApiError(404, 'voucher_not_found', '未找到该卡券');
  return voucher;
}

export default function Voucher() {
  const id = Number(useRouter().params.id);
  const { data, error, loading, reload } = useRemote(() => loadVoucher(id));

  return (
    <View className="page voucher-page">
      {data ? (
        <View>
          <Text className="voucher-page__done">领取成功</Text>
          <VoucherCard voucher={data} large />
          <Button
            className="voucher-page__all"
            onClick={() => Taro.redirectTo({ url: '/pages/vouchers/index' })}
          >
            查看我的全部卡券
          </Button>
        </View>
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
    </View>
  );
}
