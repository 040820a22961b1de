import type { ScoringModelView } from '@creditplus/shared';
import { draftText, readDraft, requestOf } from './modelDraft';

const model: ScoringModelView = {
  version: 3,
  subjectKind: 'person',
  base: 650,
  publishedAt: '2026-01-05T02:00:00.000Z',
  dimensions: [
    {
      key: 'bad_conduct',
      label: '失信记录',
      cap: { min: -600, max: 0 },
      rules: [
        {
          recordType: 'penalty',
          severity: 'general',
          points: -60,
          label: '一般行政处罚',
          halfLifeDays: 365,
        },
        {
          recordType: 'performance',
          category: 'defaulted',
          points: -50,
          label: '免押服务违约',
        },
      ],
    },
  ],
};

describe('requestOf', () => {
  it('leaves out the version and time the server gives', () => {
    const request = requestOf(model);

    expect(request).not.toHaveProperty('version');
    expect(request).not.toHaveProperty('publishedAt');
    expect(request).toEqual({
      subjectKind: 'person',
      base: 650,
      dimensions: model.dimensions,
    });
  });

  it('drops fields the publish endpoint would refuse', () => {
    const grown = structuredClone(model) as unknown as {
      dimensions: { weight?: number; rules: { note?: string }[] }[];
    };
    grown.dimensions[0].weight = 2;
    grown.dimensions[0].rules[0].note = '新字段';

    const text = JSON.stringify(requestOf(grown as never));

    expect(text).not.toContain('weight');
    expect(text).not.toContain('note');
  });

  it('writes no empty options into the JSON', () => {
    const text = draftText(model);

    expect(text).not.toContain('undefined');
    expect(text).not.toContain('null');
    expect(JSON.parse(text).dimensions[0].rules[1]).toEqual({
      recordType: 'performance',
      category: 'defaulted',
      points: -50,
      label: '免押服务违约',
    });
  });
});

describe('readDraft', () => {
  it('reads back the starting text as the request', () => {
    expect(readDraft(draftText(model))).toEqual({
      ok: true,
      model: requestOf(model),
    });
  });

  it('names the line near a syntax error', () => {
    const text = '{\n  "base": 650,\n  "dimensions": [],\n}';

    const read = readDraft(text);

    expect(read).toEqual({
      ok: false,
      message: 'JSON 格式有误（第 4 行附近），请检查括号、引号和逗号',
    });
  });

  it('says the text is incomplete without a line when none is known', () => {
    expect(readDraft('')).toEqual({
      ok: false,
      message: 'JSON 格式有误，请检查括号、引号和逗号',
    });
  });

  it.each(['[]', '650', 'null', '"模型"'])('refuses %s as no object', (t) => {
    expect(readDraft(t)).toEqual({
      ok: false,
      message: '模型须为一个 JSON 对象 { … }',
    });
  });
});
