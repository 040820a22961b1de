// The records this department sent, newest first as the server pages
// them, with revocation for the ones still in force.
import { Input, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import type { CreditRecordView } from '@creditplus/shared';
import PageState from '../../components/PageState';
import Pager from '../../components/Pager';
import RecordCard from '../../components/RecordCard';
import TabBar from '../../components/TabBar';
import { useRemote } from '../../hooks/useRemote';
import { api } from '../../services/api';
import RevokeAction from './RevokeAction';
import './index.scss';

export default function DepartmentRecords() {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [revoked, setRevoked] = useState<Map<number, CreditRecordView>>(
    new Map(),
  );
  const { data, error, loading, reload } = useRemote(() =>
    api.departmentRecords(q, page),
  );

  // The first load comes with the page being shown; later ones follow the
  // search and the page number.
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) reload();
    shown.current = true;
  }, [q, page, reload]);

  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <View className="page dept-records">
      <View className="card dept-records__search">
        <Input
          className="dept-records__input"
          value={text}
          placeholder="文号、名称或代码"
          confirmType="search"
          onInput={(e) => setText(e.detail.value)}
          onConfirm={() => {
            setQ(text.trim());
            setPage(1);
          }}
        />
      </View>

      {data ? (
        data.items.length === 0 ? (
          <View className="empty">没有符合条件的记录</View>
        ) : (
          <View>
            <Text className="section-title">共 {data.total} 条</Text>
            {data.items.map((item) => {
              const record = revoked.get(item.id) ?? item;
              return (
                <View key={record.id} className="dept-record">
                  <RecordCard
                    record={record}
                    about={`${item.subject.name} · ${item.subject.code}`}
                  >
                    <RevokeAction
                      record={record}
                      onRevoked={(next) =>
                        setRevoked((before) =>
                          new Map(before).set(next.id, next),
                        )
                      }
                    />
                  </RecordCard>
                </View>
              );
            })}
            <Pager page={page} pages={pages} onPage={setPage} />
          </View>
        )
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <TabBar current="/pages/department/records" />
    </View>
  );
}
