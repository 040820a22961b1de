import { z } from 'zod';

// Loaded for its configuration of zod's messages, as the routes load it.
import './parseBody';

function messageOf(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('the value was taken');
  return result.error.issues[0].message;
}

describe('schema problems in Chinese', () => {
  test.each([
    ['a text too short', z.string().min(2), 'a', '至少 2 个字符'],
    ['a text too long', z.string().max(3), 'abcd', '最多 3 个字符'],
    ['a number too small', z.number().int().min(1), 0, '不能小于 1'],
    ['a number too large', z.number().max(10), 11, '不能大于 10'],
    ['too many items', z.array(z.number()).max(2), [1, 2, 3], '最多 2 项'],
    ['text for a number', z.number(), '650', '应为数字，实际为文本'],
    ['a number for text', z.string(), 7, '应为文本，实际为数字'],
    [
      'text in a number query parameter',
      z.coerce.number(),
      'abc',
      '应为数字，实际不是有效的数字',
    ],
    [
      'null for a flag',
      z.boolean(),
      null,
      '应为布尔值（true 或 false），实际为空值',
    ],
  ])('%s', (_name, schema, value, message) => {
    expect(messageOf(schema, value)).toBe(message);
  });

  test('a missing field says it is missing', () => {
    const schema = z.object({ reason: z.string() });
    expect(messageOf(schema, {})).toBe('缺少该项，应为文本');
  });

  test('other problems keep zod’s own Chinese message', () => {
    expect(messageOf(z.enum(['a', 'b']), 'c')).toMatch(/^无效选项/);
  });
});
