// The agent invites a staff member: the code is shown once, here, and
// the server keeps only its hash.
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { StaffInviteView } from '@creditplus/shared';
import { groupCode } from '../../lib/codes';
import { formatDateTime } from '../../lib/dates';
import { marketplace } from '../../services/api';

export default function InviteCard() {
  const [invite, setInvite] = useState<StaffInviteView | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setBusy(true);
    setError('');
    try {
      setInvite(await marketplace.inviteStaff());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card invite-card">
      <View className="invite-card__head">
        <Text className="invite-card__title">店员邀请</Text>
        <Button
          className="invite-button"
          size="mini"
          loading={busy}
          disabled={busy || undefined}
          onClick={create}
        >
          生成邀请码
        </Button>
      </View>
      {invite && (
        <View>
          <Text className="invite-code">{groupCode(invite.code)}</Text>
          <Text className="muted">
            仅显示这一次，请转告店员用于加入本商户；
            {formatDateTime(invite.expiresAt)} 前有效，限用一次。
          </Text>
        </View>
      )}
      {error !== '' && <Text className="form-field__error">{error}</Text>}
    </View>
  );
}
