import { useDidShow } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../lib/apiError';

export interface Remote<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data each time the page is shown, so a page returned to after a
 * claim or a redemption shows the new state.
 */
export function useRemote<T>(load: () => Promise<T>): Remote<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  // The page rebuilds `load` on every render; reload must call the newest.
  const loader = useRef(load);
  loader.current = load;

  const reload = useCallback(() => {
    // Answers can arrive out of order; only the newest request may land.
    const ticket = (latest.current += 1);
    setLoading(true);
    loader.current().then(
      (value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (reason: unknown) => {
        if (ticket !== latest.current) return;
        setError(
          reason instanceof ApiError
            ? reason
            : new ApiError(0, 'client_error', '页面出错了，请重试'),
        );
        setLoading(false);
      },
    );
  }, []);

  useDidShow(reload);
  return { data, error, loading, reload };
}
