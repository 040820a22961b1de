import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../lib/apiError';
import './index.scss';

interface Props {
  loading: boolean;
  error: ApiError | null;
  onRetry: () => void;
}

/** What a page shows before its data arrives or when loading failed. */
export default function PageState({ loading, error, onRetry }: Props) {
  if (error) {
    return (
      <View className="page-state page-state--error">
        <Text className="page-state__message">{error.message}</Text>
        <Button className="page-state__retry" size="mini" onClick={onRetry}>
          重试
        </Button>
      </View>
    );
  }
  if (loading) {
    return (
      <View className="page-state">
        <Text className="page-state__message">加载中…</Text>
      </View>
    );
  }
  return null;
}
