// Who is signed in, kept beside the token so pages can choose their
// navigation by role without a round trip.
import Taro from '@tarojs/taro';
import type { LoginResult, UserProfile, UserRole } from '@creditplus/shared';
import { tokens } from './api';

const USER_KEY = 'creditplus.user';

export function startSession(result: LoginResult): void {
  tokens.set(result.token);
  Taro.setStorageSync(USER_KEY, JSON.stringify(result.user));
}

export function currentUser(): UserProfile | null {
  const raw: unknown = Taro.getStorageSync(USER_KEY);
  if (tokens.get() === null || typeof raw !== 'string' || raw === '') {
    return null;
  }
  return JSON.parse(raw) as UserProfile;
}

/** Keeps a profile read again, e.g. once an agent has a merchant. */
export function updateUser(user: UserProfile): void {
  Taro.setStorageSync(USER_KEY, JSON.stringify(user));
}

export function endSession(): void {
  tokens.clear();
  Taro.removeStorageSync(USER_KEY);
  Taro.reLaunch({ url: '/pages/login/index' });
}

export function homeOf(role: UserRole): string {
  if (role === 'merchant') return '/pages/redeem/index';
  if (role === 'department') return '/pages/department/index';
  if (role === 'office') return '/pages/office/index';
  return '/pages/credit/index';
}
