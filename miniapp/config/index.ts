import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// The workspace package ships TypeScript source; Taro must compile it like
// our own code or webpack stops at its `export interface` lines.
const sharedSrc = path.resolve(__dirname, '../../packages/shared/src');

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'creditplus',
    date: '2026-12-3',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per target so an h5 build never overwrites the weapp one.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    // Taro only defines TARO_APP_* variables that are set; define this one
    // always so an unset base reads as '' instead of touching `process`.
    defineConstants: {
      'process.env.TARO_APP_API_BASE': JSON.stringify(
        process.env.TARO_APP_API_BASE ?? '',
      ),
    },
    alias: { '@creditplus/shared': sharedSrc },
    // The tab icon of the h5 page (linked from src/index.html); the
    // mini-program has its icon from the WeChat console, not the package.
    copy: {
      patterns:
        process.env.TARO_ENV === 'h5'
          ? [{ from: 'src/favicon.svg', to: 'dist/h5/favicon.svg' }]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedSrc] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      // The server serves dist/h5 at `/`; the hash router needs no fallback.
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedSrc] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
