import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { RedemptionView } from '@creditplus/shared';
import PageState from '../../components/PageState';
import TabBar from '../../components/TabBar';
import { normaliseCode } from '../../lib/codes';
import { config } from '../../lib/config';
import { formatDateTime } from '../../lib/dates';
import { redeemRefusal } from '../../lib/redeemRefusal';
import { api } from '../../services/api';
import { currentUser } from '../../services/session';
import { useRemote } from '../../hooks/useRemote';
import './index.scss';

type Outcome =
  { ok: true; redemption: RedemptionView } | { ok: false; message: string };

export default function Redeem() {
  const recent = useRemote(api.redemptions);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const redeem = async (raw: string) => {
    const value = normaliseCode(raw);
    if (value === '') return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, redemption: await api.redeem(value) });
      setCode('');
      recent.reload();
    } catch (e) {
      setOutcome({ ok: false, message: redeemRefusal(e) });
    } finally {
      setBusy(false);
    }
  };

  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ scanType: ['qrCode'] });
      await redeem(result);
    } catch {
      // Closing the scanner is not an error worth a message.
    }
  };

  return (
    <View className="page redeem">
      <View className="card redeem__shop">
        <Text className="muted">当前商户</Text>
        <Text className="redeem__merchant">
          {currentUser()?.merchant?.name ?? ''}
        </Text>
      </View>

      {config.platform === 'weapp' && (
        <Button
          className="primary-button redeem__scan"
          // The h5 button greys out on any `disabled` attribute, even false.
          disabled={busy || undefined}
          onClick={scan}
        >
          扫码核销
        </Button>
      )}

      <View className="card redeem__manual">
        <Text className="redeem__label">输入券码</Text>
        <Input
          className="redeem-input"
          value={code}
          placeholder="32 位券码，空格可省略"
          maxlength={64}
          onInput={(e) => setCode(e.detail.value)}
          onConfirm={() => redeem(code)}
        />
        <Button
          className="primary-button redeem-button"
          loading={busy}
          // The h5 button greys out on any `disabled` attribute, even false.
          disabled={busy || undefined}
          onClick={() => redeem(code)}
        >
          核销
        </Button>
      </View>

      {outcome?.ok === true && (
        <View className="redeem-result">
          <Text className="redeem-result__title">核销成功</Text>
          <Text className="redeem-result__line">
            {outcome.redemption.offer.title} · {outcome.redemption.holder}
          </Text>
          <Text className="redeem-result__line">
            {formatDateTime(outcome.redemption.redeemedAt)}
          </Text>
        </View>
      )}
      {outcome?.ok === false && (
        <Text className="redeem-error">{outcome.message}</Text>
      )}

      <Text className="section-title">最近核销</Text>
      {recent.data ? (
        recent.data.length === 0 ? (
          <View className="empty">暂无核销记录</View>
        ) : (
          recent.data.map((row) => (
            <View className="card redemption-row" key={row.voucherId}>
              <View>
                <Text className="redemption-row__title">{row.offer.title}</Text>
                <Text className="redemption-row__holder muted">
                  {row.holder}
                </Text>
              </View>
              <Text className="muted">{formatDateTime(row.redeemedAt)}</Text>
            </View>
          ))
        )
      ) : (
        <PageState
          loading={recent.loading}
          error={recent.error}
          onRetry={recent.reload}
        />
      )}
      <TabBar current="/pages/redeem/index" />
    </View>
  );
}
