import { ApiError } from './apiError';
import { describePath, refusalReasons } from './modelRefusal';

describe('describePath', () => {
  it.each([
    ['dimensions.1.rules.0.points', '维度 2 · 规则 1 · 分值'],
    ['dimensions.0.cap', '维度 1 · 上下限'],
    ['dimensions.2.rules.3', '维度 3 · 规则 4'],
    ['base', '基础分'],
    ['dimensions.0.weight', '维度 1 · weight'],
    ['', ''],
  ])('%s reads %s', (path, text) => {
    expect(describePath(path)).toBe(text);
  });
});

describe('refusalReasons', () => {
  it('lists every reason of a refused model in the server words', () => {
    const error = new ApiError(
      422,
      'model_invalid',
      '评价模型校验不通过',
      'r',
      {
        reasons: [
          { path: 'base', message: '基础分须为 0–1000 的整数' },
          {
            path: 'dimensions.0.rules.1.points',
            message: '分值 900 超出维度上下限',
          },
        ],
      },
    );

    expect(refusalReasons(error)).toEqual([
      { where: '基础分', message: '基础分须为 0–1000 的整数' },
      { where: '维度 1 · 规则 2 · 分值', message: '分值 900 超出维度上下限' },
    ]);
  });

  it('lists values of the wrong type', () => {
    const error = new ApiError(
      400,
      'validation_failed',
      '请求参数不正确',
      'r',
      {
        fields: [{ path: 'base', message: '应为数字，实际为文本' }],
      },
    );

    expect(refusalReasons(error)).toEqual([
      { where: '基础分', message: '应为数字，实际为文本' },
    ]);
  });

  it('lists fields the endpoint does not take', () => {
    const error = new ApiError(
      400,
      'unknown_field',
      '请求包含不支持的字段',
      'r',
      {
        fields: ['version', 'dimensions.0.weight'],
      },
    );

    expect(refusalReasons(error)).toEqual([
      { where: 'version', message: '不支持此字段，请删除' },
      { where: '维度 1 · weight', message: '不支持此字段，请删除' },
    ]);
  });

  it('has no list for other refusals', () => {
    const error = new ApiError(409, 'model_version_conflict', '请稍后重试');
    expect(refusalReasons(error)).toEqual([]);
  });
});
