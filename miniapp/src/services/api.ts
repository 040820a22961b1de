// The client logic of src/lib wired to Taro: storage, requests, navigation.
import Taro from '@tarojs/taro';
import { createCreditApi } from '../lib/api';
import {
  createApiClient,
  type Transport,
  type UploadTransport,
} from '../lib/apiClient';
import { config } from '../lib/config';
import { createMarketplaceApi } from '../lib/marketplaceApi';
import { createTokenStore } from '../lib/tokenStore';

export const tokens = createTokenStore({
  getItem: (key) => Taro.getStorageSync(key),
  setItem: (key, value) => Taro.setStorageSync(key, value),
  removeItem: (key) => Taro.removeStorageSync(key),
});

const transport: Transport = async ({ url, method, header, data }) => {
  const response = await Taro.request({
    url,
    method,
    header,
    data: data as Record<string, unknown> | undefined,
    dataType: 'json',
  });
  return { statusCode: response.statusCode, data: response.data };
};

// On h5 the path is a blob URL of the chosen file, which Taro reads back
// into the form; `fileName` keeps the name the server checks the type by.
const upload: UploadTransport = async ({
  url,
  header,
  fileField,
  file,
  fields,
}) => {
  const response = await Taro.uploadFile({
    url,
    header,
    name: fileField,
    filePath: file.path,
    fileName: file.name,
    formData: fields,
  });
  return { statusCode: response.statusCode, data: response.data };
};

const client = createApiClient({
  baseUrl: config.apiBase,
  transport,
  upload,
  tokens,
  onUnauthorized: () => {
    Taro.reLaunch({ url: '/pages/login/index' });
  },
});

export const api = createCreditApi(client);
export const marketplace = createMarketplaceApi(client);
