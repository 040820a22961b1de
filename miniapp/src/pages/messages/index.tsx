// What the subject was told (performance records a merchant reported,
// each open to an objection) and who looked at its grade, when and why.
import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { NotificationView, QueryLogEntry } from '@creditplus/shared';
import PageState from '../../components/PageState';
import TabBar from '../../components/TabBar';
import { formatDateTime } from '../../lib/dates';
import { readObjectionReason } from '../../lib/merchantInput';
import { marketplace } from '../../services/api';
import { currentUser } from '../../services/session';
import { useRemote } from '../../hooks/useRemote';
import './index.scss';

interface Messages {
  notifications: NotificationView[];
  looks: QueryLogEntry[];
}

async function loadMessages(): Promise<Messages> {
  const [notifications, looks] = await Promise.all([
    marketplace.notifications(),
    marketplace.queryLog(),
  ]);
  return { notifications, looks };
}

export default function MessagesPage() {
  const { data, error, loading, reload } = useRemote(loadMessages);
  // Only a citizen may join the staff of a merchant or a department; an
  // agent already acts for its own organization.
  const mayJoin = currentUser()?.role === 'citizen';

  return (
    <View className="page messages-page">
      {mayJoin && (
        <View
          className="card join-merchant-link"
          onClick={() => Taro.navigateTo({ url: '/pages/join/index' })}
        >
          <Text className="join-merchant-link__title">加入商户或部门</Text>
          <Text className="muted">有商户或市信用办给的邀请码？点此加入 ›</Text>
        </View>
      )}
      {data ? (
        <View>
          <Text className="section-title">通知</Text>
          {data.notifications.length === 0 ? (
            <View className="empty">暂无通知</View>
          ) : (
            data.notifications.map((n) => <Notice key={n.id} notice={n} />)
          )}

          <Text className="section-title">谁查看了我的信用</Text>
          {data.looks.length === 0 ? (
            <View className="empty">暂无查询记录</View>
          ) : (
            data.looks.map((look) => (
              <View className="card query-log-row" key={look.id}>
                <View className="query-log-row__head">
                  <Text className="query-log-row__who">
                    {look.merchant.name}
                  </Text>
                  <Text className="muted">{formatDateTime(look.at)}</Text>
                </View>
                <Text className="muted">
                  {look.viewer} · {look.purpose}
                </Text>
              </View>
            ))
          )}
        </View>
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <TabBar current="/pages/messages/index" />
    </View>
  );
}

function Notice({ notice }: { notice: NotificationView }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const recordId = notice.recordId;

  const object = async () => {
    const read = readObjectionReason(reason);
    if (!read.ok || recordId === null) {
      setError(read.ok ? '' : read.message);
      return;
    }
    setBusy(true);
    setError('');
    try {
      await marketplace.object(recordId, read.value);
      setSent(true);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card notification">
      <View className="notification__head">
        <Text className="notification__title">{notice.title}</Text>
        <Text className="muted">{formatDateTime(notice.createdAt)}</Text>
      </View>
      <Text className="notification__body">{notice.body}</Text>
      {recordId !== null && sent && (
        <Text className="objection-sent">
          异议已提交，来源单位将在 20 日内答复
        </Text>
      )}
      {recordId !== null && !sent && !open && (
        <Text className="object-button" onClick={() => setOpen(true)}>
          对这条记录有异议 ›
        </Text>
      )}
      {recordId !== null && !sent && open && (
        <View className="objection-form">
          <Input
            className="objection-input"
            placeholder="异议理由（5 到 500 字）"
            value={reason}
            maxlength={500}
            onInput={(e) => setReason(e.detail.value)}
          />
          <Button
            className="objection-submit"
            size="mini"
            disabled={busy || undefined}
            onClick={object}
          >
            提交异议
          </Button>
        </View>
      )}
      {error !== '' && <Text className="objection-error">{error}</Text>}
    </View>
  );
}
