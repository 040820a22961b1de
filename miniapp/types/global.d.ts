/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro at build time to the target platform. */
    TARO_ENV: 'weapp' | 'h5' | string;
    /** API origin for the weapp build, e.g. https://credit.example.cn */
    TARO_APP_API_BASE?: string;
  }
}
