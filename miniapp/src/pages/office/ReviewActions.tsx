// Approve, or refuse with a reason the merchant will read.
import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ReviewRequest } from '@creditplus/shared';
import { readReviewReason } from '../../lib/merchantInput';

interface Props {
  onDecide: (review: ReviewRequest) => Promise<void>;
}

export default function ReviewActions({ onDecide }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const decide = async (review: ReviewRequest) => {
    setBusy(true);
    setError('');
    try {
      await onDecide(review);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const refuse = () => {
    const read = readReviewReason(reason);
    if (read.ok) decide({ decision: 'refuse', reason: read.value });
    else setError(read.message);
  };

  return (
    <View className="review-actions">
      <Input
        className="review-reason"
        placeholder="拒绝理由（拒绝时必填）"
        value={reason}
        maxlength={200}
        onInput={(e) => setReason(e.detail.value)}
      />
      <View className="review-actions__buttons">
        <Button
          className="refuse-button"
          size="mini"
          disabled={busy || undefined}
          onClick={refuse}
        >
          拒绝
        </Button>
        <Button
          className="approve-button"
          size="mini"
          disabled={busy || undefined}
          onClick={() => decide({ decision: 'approve' })}
        >
          通过
        </Button>
      </View>
      {error !== '' && <Text className="review-error">{error}</Text>}
    </View>
  );
}
