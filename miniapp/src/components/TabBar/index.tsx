import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { UserRole } from '@creditplus/shared';
import { currentUser, endSession } from '../../services/session';
import './index.scss';

interface Tab {
  path: string;
  label: string;
}

const SUBJECT_TABS: Tab[] = [
  { path: '/pages/credit/index', label: '我的信用' },
  { path: '/pages/offers/index', label: '信用+权益' },
  { path: '/pages/vouchers/index', label: '我的卡券' },
  { path: '/pages/messages/index', label: '消息' },
];
const MERCHANT_HOME: Tab = { path: '/pages/merchant/index', label: '商户' };

// Merchant staff act for a shop, department staff for their department
// and the credit office for the city, not for a subject with a rating, so
// they see their own work only; everyone else sees their own credit and
// benefits, and an enterprise agent also the merchant it registers.
const TABS: Record<Exclude<UserRole, 'citizen'> | 'subject', Tab[]> = {
  subject: SUBJECT_TABS,
  enterprise: [...SUBJECT_TABS, MERCHANT_HOME],
  merchant: [
    { path: '/pages/redeem/index', label: '核销' },
    MERCHANT_HOME,
    { path: '/pages/merchant/deals', label: '履约' },
  ],
  department: [
    { path: '/pages/department/index', label: '数据上报' },
    { path: '/pages/department/records', label: '记录管理' },
  ],
  office: [
    { path: '/pages/office/index', label: '审核' },
    { path: '/pages/office/models', label: '评价模型' },
  ],
};

function tabsOf(role: UserRole | undefined): Tab[] {
  return role === undefined || role === 'citizen' ? TABS.subject : TABS[role];
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
