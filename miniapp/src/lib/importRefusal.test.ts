import { ApiError } from './apiError';
import { importRefusal, listColumns } from './importRefusal';

function refused(code: string, message: string, details?: unknown) {
  return new ApiError(400, code, message, 'r1', details);
}

describe('importRefusal', () => {
  test('names the columns outside the national format', () => {
    const error = refused('unknown_columns', '文件包含双公示格式以外的列', {
      columns: ['额外列'],
    });

    expect(importRefusal(error, 'penalties').message).toBe(
      '文件包含双公示格式以外的列：额外列',
    );
  });

  test('names the required columns the file lacks', () => {
    const error = refused('missing_columns', '文件缺少必需的列', {
      columns: ['许可决定日期', '许可机关'],
    });

    expect(importRefusal(error, 'licenses').message).toBe(
      '文件缺少必需的列：许可决定日期、许可机关',
    );
  });

  test('reminds which kind was chosen when the columns do not fit', () => {
    const error = refused('unknown_columns', '文件包含双公示格式以外的列', {
      columns: ['行政处罚决定书文号'],
    });

    expect(importRefusal(error, 'licenses').hint).toBe(
      '所选文件内容为「行政许可」，如果文件是另一类数据，请在上方改选后重新上传',
    );
  });

  test('keeps the server’s message when the columns are not sent', () => {
    for (const details of [
      undefined,
      null,
      { columns: 'x' },
      { columns: [] },
    ]) {
      const error = refused('missing_columns', '文件缺少必需的列', details);
      expect(importRefusal(error, 'lists')).toEqual({
        message: '文件缺少必需的列',
        hint: expect.stringContaining('「红黑名单」'),
      });
    }
  });

  test('gives other refusals no hint', () => {
    const tooLarge = new ApiError(413, 'upload_too_large', '上传文件过大');
    expect(importRefusal(tooLarge, 'penalties')).toEqual({
      message: '上传文件过大',
      hint: null,
    });
    expect(importRefusal(new Error('网络连接失败'), 'penalties')).toEqual({
      message: '网络连接失败',
      hint: null,
    });
    expect(importRefusal('boom', 'penalties').message).toBe('上传失败，请重试');
  });
});

describe('listColumns', () => {
  test('lists a few columns whole and counts a long list', () => {
    const many = Array.from({ length: 9 }, (_, i) => `列${i + 1}`);

    expect(listColumns(['甲', '乙'])).toBe('甲、乙');
    expect(listColumns(many)).toBe('列1、列2、列3、列4、列5、列6等 9 列');
  });
});
