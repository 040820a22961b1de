import { Button, Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  page: number;
  /** Pages in all, at least 1. */
  pages: number;
  onPage: (page: number) => void;
}

// A class rather than the [disabled] attribute: WXSS documents no
// attribute selectors, and a class styles the state on both platforms.
const buttonClass = (disabled: boolean) =>
  disabled ? 'pager-button is-disabled' : 'pager-button';

/** Previous and next around "page / pages", for a list the server pages. */
export default function Pager({ page, pages, onPage }: Props) {
  return (
    <View className="pager">
      <Button
        size="mini"
        className={buttonClass(page <= 1)}
        disabled={page <= 1 || undefined}
        onClick={() => onPage(page - 1)}
      >
        上一页
      </Button>
      <Text className="muted">
        {page} / {pages}
      </Text>
      <Button
        size="mini"
        className={buttonClass(page >= pages)}
        disabled={page >= pages || undefined}
        onClick={() => onPage(page + 1)}
      >
        下一页
      </Button>
    </View>
  );
}
