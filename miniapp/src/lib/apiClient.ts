import { ApiError, NETWORK_ERROR, apiErrorFrom } from './apiError';
import type { TokenStore } from './tokenStore';

export type HttpMethod = 'GET' | 'POST' | 'PUT';

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

/** A file on the device: a temporary path (weapp) or a blob URL (h5). */
export interface LocalFile {
  path: string;
  name: string;
}

export interface UploadRequest {
  url: string;
  header: Record<string, string>;
  /** The multipart field that carries the file. */
  fileField: string;
  file: LocalFile;
  fields: Record<string, string>;
}

/** Sends one multipart POST; the answer's body may still be raw text. */
export type UploadTransport = (request: UploadRequest) => Promise<HttpResponse>;

export interface ApiClientOptions {
  baseUrl: string;
  transport: Transport;
  upload: UploadTransport;
  tokens: TokenStore;
  /** Called after a 401 cleared the token, e.g. to show the login page. */
  onUnauthorized?: (error: ApiError) => void;
}

export interface ApiClient {
  request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T>;
  upload<T>(
    path: string,
    file: LocalFile,
    fields: Record<string, string>,
  ): Promise<T>;
}

// Upload answers arrive as text on both platforms; JSON ones are parsed so
// errors keep their code.
function parsedBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const { baseUrl, transport, upload, tokens, onUnauthorized } = options;

  const authHeader = (): Record<string, string> => {
    const header: Record<string, string> = { Accept: 'application/json' };
    const token = tokens.get();
    if (token) header.Authorization = `Bearer ${token}`;
    return header;
  };

  const answer = async <T>(sent: Promise<HttpResponse>): Promise<T> => {
    let response: HttpResponse;
    try {
      response = await sent;
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
  };

  return {
    request<T>(method: HttpMethod, path: string, body?: unknown) {
      const header = authHeader();
      if (body !== undefined) header['Content-Type'] = 'application/json';
      return answer<T>(
        transport({ url: baseUrl + path, method, header, data: body }),
      );
    },

    upload<T>(path: string, file: LocalFile, fields: Record<string, string>) {
      // No Content-Type: the platform writes the multipart boundary.
      const sent = upload({
        url: baseUrl + path,
        header: authHeader(),
        fileField: 'file',
        file,
        fields,
      }).then((r) => ({ statusCode: r.statusCode, data: parsedBody(r.data) }));
      return answer<T>(sent);
    },
  };
}
