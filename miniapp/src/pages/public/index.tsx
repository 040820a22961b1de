// The public query, open without login like 信用中国: organizations by
// part of their name or by their unified social credit code. Persons are
// never searchable, and the page says so before anyone tries.
import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { PublicOrganization } from '@creditplus/shared';
import { organizationCategoryLabel } from '../../lib/organizationCategory';
import { readPublicQuery } from '../../lib/publicQuery';
import { api } from '../../services/api';
import './index.scss';

const PUBLIC_NOTE =
  '仅公示企业和其他组织在公示期内的行政许可、行政处罚和红黑名单信息；' +
  '个人信用信息不提供公开查询。';

type Answer =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'refused'; message: string }
  | { state: 'found'; q: string; organizations: PublicOrganization[] };

export default function PublicQuery() {
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<Answer>({ state: 'idle' });

  const search = async () => {
    const query = readPublicQuery(text);
    if (!query.ok) {
      setAnswer({ state: 'refused', message: query.message });
      return;
    }
    setAnswer({ state: 'busy' });
    try {
      const organizations = await api.searchOrganizations(query.q);
      setAnswer({ state: 'found', q: query.q, organizations });
    } catch (e) {
      setAnswer({ state: 'refused', message: (e as Error).message });
    }
  };

  const open = (uscc: string) =>
    Taro.navigateTo({
      url: `/pages/public/organization?uscc=${encodeURIComponent(uscc)}`,
    });

  return (
    <View className="public-page">
      <View className="card public-search">
        <Input
          className="public-query-input"
          value={text}
          placeholder="企业名称关键字或统一社会信用代码"
          maxlength={50}
          confirmType="search"
          onInput={(e) => setText(e.detail.value)}
          onConfirm={search}
        />
        <Button
          className="primary-button public-query-button"
          loading={answer.state === 'busy'}
          // The h5 button greys out on any `disabled` attribute, even false.
          disabled={answer.state === 'busy' || undefined}
          onClick={search}
        >
          查询
        </Button>
        <Text className="public-note muted">{PUBLIC_NOTE}</Text>
      </View>

      {answer.state === 'refused' && (
        <Text className="public-query-error">{answer.message}</Text>
      )}
      {answer.state === 'found' &&
        (answer.organizations.length === 0 ? (
          <View className="empty">未找到与“{answer.q}”相符的企业或组织</View>
        ) : (
          answer.organizations.map((org) => (
            <View
              key={org.uscc}
              className="card org-row"
              onClick={() => open(org.uscc)}
            >
              <Text className="org-row__name">{org.name}</Text>
              <Text className="org-row__code muted">
                统一社会信用代码 {org.uscc}
              </Text>
              <Text className="tag">
                {organizationCategoryLabel(org.category)}
              </Text>
            </View>
          ))
        ))}

      {/* Opened from a shared link there is no page to go back to; the
          login page sends a signed-in visitor on to their own home. */}
      <View
        className="public-home-link"
        onClick={() => Taro.reLaunch({ url: '/pages/login/index' })}
      >
        <Text>返回首页</Text>
      </View>
    </View>
  );
}
