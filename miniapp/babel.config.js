// babel-preset-taro compiles TypeScript and JSX for every Taro target.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
