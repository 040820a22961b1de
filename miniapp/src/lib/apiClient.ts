import { ApiError, NETWORK_ERROR, apiErrorFrom } from './apiError';
import type { TokenStore } from './tokenStore';

export type HttpMethod = 'GET' | 'POST';

export interface HttpRequest {
  url: string;
  method: HttpMethod;
  header: Record<string, string>;
  data?: unknown;
}

export interface HttpResponse {
  statusCode: number;
  data: unknown;
}

/** Sends one request; rejects only when no answer arrived at all. */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

export interface ApiClientOptions {
  baseUrl: string;
  transport: Transport;
  tokens: TokenStore;
  /** Called after a 401 cleared the token, e.g. to show the login page. */
  onUnauthorized?: (error: ApiError) => void;
}

export interface ApiClient {
  request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const { baseUrl, transport, tokens, onUnauthorized } = options;

  return {
    async request<T>(method: HttpMethod, path: string, body?: unknown) {
      const header: Record<string, string> = {
        Accept: 'application/json',
      };
      const token = tokens.get();
      if (token) header.Authorization = `Bearer ${token}`;
      if (body !== undefined) header['Content-Type'] = 'application/json';

      let response: HttpResponse;
      try {
        response = await transport({
          url: baseUrl + path,
          method,
          header,
          data: body,
        });
      } catch {
        throw new ApiError(0, NETWORK_ERROR, '网络连接失败，请稍后重试');
      }

      if (response.statusCode >= 200 && response.statusCode < 300) {
        return response.data as T;
      }
      const error = apiErrorFrom(response.statusCode, response.data);
      if (error.status === 401) {
        // A refused token never becomes good again; drop it so the next
        // launch starts at the login page instead of failing everywhere.
        tokens.clear();
        onUnauthorized?.(error);
      }
      throw error;
    },
  };
}
