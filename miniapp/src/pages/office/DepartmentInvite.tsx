// An invite for one department's staff member: the code is shown once,
// here, and the server keeps only its hash.
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  describeInvite,
  type InviteNotice,
} from '../../lib/departmentOnboarding';
import { api } from '../../services/api';

export default function DepartmentInvite(props: { departmentId: number }) {
  const [notice, setNotice] = useState<InviteNotice | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setBusy(true);
    setError('');
    try {
      setNotice(
        describeInvite(await api.inviteDepartmentStaff(props.departmentId)),
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="department-invite">
      <Button
        className="department-invite__button"
        size="mini"
        loading={busy}
        disabled={busy || undefined}
        onClick={create}
      >
        生成工作人员邀请码
      </Button>
      {notice && (
        <View>
          <Text className="department-invite__code">{notice.code}</Text>
          {notice.lines.map((line) => (
            <Text className="muted review-line" key={line}>
              {line}
            </Text>
          ))}
        </View>
      )}
      {error !== '' && <Text className="form-field__error">{error}</Text>}
    </View>
  );
}
