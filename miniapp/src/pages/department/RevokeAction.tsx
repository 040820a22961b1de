import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CreditRecordView } from '@creditplus/shared';
import { api } from '../../services/api';

const MIN_REASON = 2;

/** Revoking asks for the reason first; the server keeps it in the audit. */
export default function RevokeAction({
  record,
  onRevoked,
}: {
  record: CreditRecordView;
  onRevoked: (record: CreditRecordView) => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  if (record.status !== 'active') return null;
  if (!open) {
    return (
      <Button
        className="dept-record__revoke revoke-button"
        size="mini"
        onClick={() => setOpen(true)}
      >
        撤销
      </Button>
    );
  }

  const confirm = async () => {
    if (reason.trim().length < MIN_REASON) {
      setError(`请写明撤销原因（至少 ${MIN_REASON} 个字）`);
      return;
    }
    setBusy(true);
    setError('');
    try {
      onRevoked(await api.revokeRecord(record.id, reason.trim()));
      setOpen(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="revoke-form">
      <Input
        className="revoke-input"
        value={reason}
        placeholder="撤销原因，如：处罚决定已被依法撤销"
        maxlength={200}
        onInput={(e) => setReason(e.detail.value)}
      />
      {error !== '' && <Text className="upload-error">{error}</Text>}
      <View className="revoke-actions">
        <Button
          className="revoke-confirm"
          loading={busy}
          // The h5 button greys out on any `disabled` attribute, even false.
          disabled={busy || undefined}
          onClick={confirm}
        >
          确认撤销
        </Button>
        <Button className="revoke-cancel" onClick={() => setOpen(false)}>
          取消
        </Button>
      </View>
    </View>
  );
}
