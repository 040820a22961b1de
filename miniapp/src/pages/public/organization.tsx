// One organization's disclosed records: only those inside their
// disclosure period, a page at a time as the server sends them.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import PageState from '../../components/PageState';
import Pager from '../../components/Pager';
import RecordCard from '../../components/RecordCard';
import { useRemote } from '../../hooks/useRemote';
import { organizationCategoryLabel } from '../../lib/organizationCategory';
import { RECORD_TYPE } from '../../lib/labels';
import { api } from '../../services/api';
import './index.scss';

export default function PublicOrganization() {
  const uscc = decodeURIComponent(useRouter().params.uscc ?? '');
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useRemote(() =>
    api.organization(uscc, page),
  );

  // The first load comes with the page being shown; later ones follow the
  // page number.
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) reload();
    shown.current = true;
  }, [page, reload]);

  if (!data) {
    return (
      <View className="public-page public-org">
        <PageState loading={loading} error={error} onRetry={reload} />
      </View>
    );
  }
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));

  return (
    <View className="public-page public-org">
      <View className="card public-org__head">
        <Text className="public-org-name">{data.name}</Text>
        <Text className="public-org__line muted">
          统一社会信用代码 {data.uscc}
        </Text>
        <Text className="public-org__line muted">
          {organizationCategoryLabel(data.category)}
          {data.region ? ` · 行政区划代码 ${data.region}` : ''}
        </Text>
      </View>

      <Text className="section-title">
        公示中的信用信息（{data.total} 条，其中{RECORD_TYPE.penalty}{' '}
        {data.totals.penalty ?? 0} 条）
      </Text>
      {data.records.length === 0 ? (
        <View className="empty">暂无公示期内的信用信息</View>
      ) : (
        data.records.map((record) => (
          <RecordCard key={record.id} record={record} />
        ))
      )}
      {pages > 1 && <Pager page={page} pages={pages} onPage={setPage} />}
    </View>
  );
}
