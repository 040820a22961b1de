import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { UserRole } from '@creditplus/shared';
import { currentUser, endSession } from '../../services/session';
import './index.scss';

interface Tab {
  path: string;
  label: string;
}

// Merchant staff act for a shop and department staff for their
// department, not for a subject with a rating, so they see their own work
// only; everyone else sees their own credit and benefits.
const TABS: Record<'subject' | 'merchant' | 'department', Tab[]> = {
  subject: [
    { path: '/pages/credit/index', label: '我的信用' },
    { path: '/pages/offers/index', label: '信用+权益' },
    { path: '/pages/vouchers/index', label: '我的卡券' },
  ],
  merchant: [{ path: '/pages/redeem/index', label: '核销' }],
  department: [
    { path: '/pages/department/index', label: '数据上报' },
    { path: '/pages/department/records', label: '记录管理' },
  ],
};

function tabsOf(role: UserRole | undefined): Tab[] {
  if (role === 'merchant') return TABS.merchant;
  if (role === 'department') return TABS.department;
  return TABS.subject;
}

export default function TabBar({ current }: { current: string }) {
  const user = currentUser();

  return (
    <View className="tab-bar">
      {tabsOf(user?.role).map((tab) => (
        <View
          key={tab.path}
          className={
            tab.path === current ? 'tab-bar__item is-active' : 'tab-bar__item'
          }
          onClick={() => {
            if (tab.path !== current) Taro.redirectTo({ url: tab.path });
          }}
        >
          <Text>{tab.label}</Text>
        </View>
      ))}
      <View className="tab-bar__item tab-bar__logout" onClick={endSession}>
        <Text>退出</Text>
      </View>
    </View>
  );
}
