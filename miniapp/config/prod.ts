import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: {},
  h5: { enableSourceMap: false },
} satisfies UserConfigExport<'webpack5'>;
