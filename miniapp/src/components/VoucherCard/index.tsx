import { Text, View } from '@tarojs/components';
import type { VoucherView } from '@creditplus/shared';
import { groupCode } from '../../lib/codes';
import { formatDateTime } from '../../lib/dates';
import { OFFER_KIND, VOUCHER_STATUS } from '../../lib/labels';
import QrCode from '../QrCode';
import './index.scss';

interface Props {
  voucher: VoucherView;
  /** Shows the QR code large, as on the page right after claiming. */
  large?: boolean;
}

export default function VoucherCard({ voucher, large = false }: Props) {
  const usable = voucher.status === 'issued';

  return (
    <View className={`voucher-card voucher-card--${voucher.status}`}>
      <View className="voucher-card__head">
        <View>
          <Text className="voucher-title">{voucher.offer.title}</Text>
          <Text className="voucher-merchant">{voucher.merchant.name}</Text>
        </View>
        <Text className={`voucher-status voucher-status--${voucher.status}`}>
          {VOUCHER_STATUS[voucher.status]}
        </Text>
      </View>

      {usable && (
        <View className="voucher-card__qr">
          <QrCode text={voucher.code} moduleSize={large ? 12 : 8} />
          <Text className="voucher-hint">请向商户出示二维码或券码</Text>
        </View>
      )}
      <Text className="voucher-code">{groupCode(voucher.code)}</Text>

      <View className="voucher-card__meta">
        <Text>{OFFER_KIND[voucher.offer.kind]}</Text>
        <Text className="voucher-expiry">
          {voucher.redeemedAt
            ? `核销于 ${formatDateTime(voucher.redeemedAt)}`
            : voucher.status === 'cancelled'
              ? '已取消，名额已退回'
              : `有效期至 ${formatDateTime(voucher.expiresAt)}`}
        </Text>
      </View>
    </View>
  );
}
