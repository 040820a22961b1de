import Taro from '@tarojs/taro';
import { useEffect } from 'react';

/**
 * Brings a part that appeared below a long model to the top of the screen
 * once it is drawn; a scroll that fails leaves the page where it was.
 */
export function useScrollIntoView(selector: string): void {
  useEffect(() => {
    Taro.nextTick(() => {
      Taro.pageScrollTo({ selector, duration: 300 }).catch(() => undefined);
    });
  }, [selector]);
}
