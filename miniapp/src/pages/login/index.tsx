import { Button, Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { useState } from 'react';
import type { DevAccount, LoginResult } from '@creditplus/shared';
import { config } from '../../lib/config';
import { api } from '../../services/api';
import { currentUser, homeOf, startSession } from '../../services/session';
import './index.scss';

const ROLE_LABEL: Record<DevAccount['role'], string> = {
  citizen: '市民',
  enterprise: '企业经办人',
  merchant: '商户店员',
  office: '信用办',
  department: '部门',
};

function enter(result: LoginResult) {
  startSession(result);
  Taro.reLaunch({ url: homeOf(result.user.role) });
}

export default function Login() {
  const [accounts, setAccounts] = useState<DevAccount[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useLoad(() => {
    const user = currentUser();
    if (user) {
      Taro.reLaunch({ url: homeOf(user.role) });
      return;
    }
    // The browser build has no WeChat identity: it signs in with the
    // server's demo accounts, which only a non-production server lists.
    if (config.platform === 'h5') {
      api.devAccounts().then(setAccounts, (e: Error) => setError(e.message));
    }
  });

  const attempt = async (login: () => Promise<LoginResult>) => {
    setBusy(true);
    setError('');
    try {
      enter(await login());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const wechatLogin = () =>
    attempt(async () => {
      // A code is good for one attempt only; a failure asks for a new one.
      const { code } = await Taro.login();
      return api.wechatLogin(code);
    });

  return (
    <View className="login">
      <View className="login__brand">
        <Text className="login__logo">信用+</Text>
        <Text className="login__slogan">守信者处处受益</Text>
      </View>

      {config.platform === 'weapp' && (
        <Button
          className="primary-button login__wechat"
          loading={busy}
          // The h5 button greys out on any `disabled` attribute, even false.
          disabled={busy || undefined}
          onClick={wechatLogin}
        >
          微信一键登录
        </Button>
      )}

      {/* Looking up organizations needs no login. */}
      <View
        className="login__public public-query-link"
        onClick={() => Taro.navigateTo({ url: '/pages/public/index' })}
      >
        <Text>信用信息公示查询（无需登录）</Text>
      </View>

      {accounts.length > 0 && (
        <View className="login__accounts">
          <Text className="section-title">选择演示账号</Text>
          {accounts.map((account) => (
            <View
              key={account.login}
              className="card dev-account"
              onClick={() => {
                if (!busy) attempt(() => api.devLogin(account.login));
              }}
            >
              <View className="dev-account__head">
                <Text className="dev-account__name">{account.displayName}</Text>
                <Text className="tag">{ROLE_LABEL[account.role]}</Text>
              </View>
              <Text className="dev-account-login muted">{account.login}</Text>
              <Text className="dev-account__desc muted">
                {account.description}
              </Text>
            </View>
          ))}
        </View>
      )}

      {error !== '' && <Text className="login__error">{error}</Text>}
    </View>
  );
}
