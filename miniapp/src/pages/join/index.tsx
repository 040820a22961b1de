// A citizen becomes staff of a merchant or a department with the code its
// agent or the credit office made. Once in, the saved profile carries the
// new role, so the app opens on that role's home page and tabs.
import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import FormField from '../../components/FormField';
import {
  inviteRefusal,
  joinedMessage,
  readInviteCode,
} from '../../lib/staffInvite';
import { marketplace } from '../../services/api';
import { homeOf, updateUser } from '../../services/session';
import './index.scss';

export default function JoinStaff() {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const join = async () => {
    const read = readInviteCode(code);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setBusy(true);
    setError('');
    try {
      const user = await marketplace.acceptInvite(read.value);
      updateUser(user);
      await Taro.showToast({ title: joinedMessage(user), icon: 'success' });
      await Taro.reLaunch({ url: homeOf(user.role) });
    } catch (e) {
      setError(inviteRefusal(e));
      setBusy(false);
    }
  };

  return (
    <View className="page join-page">
      <View className="card join-card">
        <Text className="join-card__title">加入商户或部门</Text>
        <Text className="muted join-card__hint">
          {'商户店员向商户的企业经办人索取邀请码，部门工作人员向市信用办索取。' +
            '邀请码 24 小时内有效，只能使用一次；加入后本账号用于核销该商户' +
            '的卡券，或报送该部门的信用信息。'}
        </Text>
        <FormField label="邀请码" name="invite-code" error={error}>
          <Input
            className="form-input invite-code-input"
            value={code}
            placeholder="32 位邀请码，空格可省略"
            maxlength={64}
            onInput={(e) => setCode(e.detail.value)}
            onConfirm={join}
          />
        </FormField>
        <Button
          className="primary-button join-button"
          loading={busy}
          // The h5 button greys out on any `disabled` attribute, even false.
          disabled={busy || undefined}
          onClick={join}
        >
          加入
        </Button>
      </View>
    </View>
  );
}
