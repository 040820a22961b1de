// An enterprise agent registers its own organization as a merchant; the
// code is checked here (GB 32100) before it is sent.
import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { UserProfile } from '@creditplus/shared';
import FormField from '../../components/FormField';
import { readUscc } from '../../lib/merchantInput';
import { marketplace } from '../../services/api';

interface Props {
  user: UserProfile;
  /** Set when the office refused the last application. */
  refusedBecause: string | null;
  onRegistered: () => void;
}

export default function RegisterCard(props: Props) {
  const { user, refusedBecause, onRegistered } = props;
  // An organization's USCC is public, so the profile carries it whole.
  const [uscc, setUscc] = useState(user.subject?.codeMasked ?? '');
  const [name, setName] = useState(user.subject?.name ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const register = async () => {
    const code = readUscc(uscc);
    if (!code.ok) {
      setError(code.message);
      return;
    }
    setBusy(true);
    setError('');
    try {
      const shop = name.trim();
      await marketplace.registerMerchant({
        uscc: code.value,
        ...(shop === '' ? {} : { name: shop }),
      });
      onRegistered();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card merchant-register">
      <Text className="merchant-register__title">注册为信用+商户</Text>
      <Text className="muted">
        以本企业身份发布信用+权益，经市信用办审核后上线。
      </Text>
      {refusedBecause !== null && (
        <Text className="merchant-refused">
          上次申请未通过：{refusedBecause}
        </Text>
      )}
      <FormField label="统一社会信用代码" name="uscc" error={error}>
        <Input
          className="form-input uscc-input"
          value={uscc}
          maxlength={18}
          onInput={(e) => setUscc(e.detail.value)}
        />
      </FormField>
      <FormField label="商户名称" name="shop" hint="不填则用企业名称">
        <Input
          className="form-input"
          value={name}
          maxlength={100}
          onInput={(e) => setName(e.detail.value)}
        />
      </FormField>
      <Button
        className="primary-button register-button"
        loading={busy}
        // The h5 button greys out on any `disabled` attribute, even false.
        disabled={busy || undefined}
        onClick={register}
      >
        提交注册
      </Button>
    </View>
  );
}
