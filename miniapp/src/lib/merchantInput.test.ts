import {
  readDefaultedAmount,
  readObjectionReason,
  readReviewReason,
  readUscc,
} from './merchantInput';

describe('readUscc', () => {
  it('takes a valid code, upper-cased and trimmed', () => {
    expect(readUscc(' 91360428fe5p7b5j8n ')).toEqual({
      ok: true,
      value: '91360428FE5P7B5J8N',
    });
  });

  it.each([
    ['9136042', '统一社会信用代码为 18 位'],
    ['91360428FE5P7B5J8M', '统一社会信用代码校验位不符，请核对'],
    ['360404196312108747', '这是身份证号码，请填写单位的统一社会信用代码'],
  ])('refuses %s in words', (input, message) => {
    expect(readUscc(input)).toEqual({ ok: false, message });
  });
});

describe('reasons', () => {
  it('asks a refusal for 2 to 200 characters', () => {
    expect(readReviewReason(' 资料不全 ')).toEqual({
      ok: true,
      value: '资料不全',
    });
    expect(readReviewReason('否')).toEqual({
      ok: false,
      message: '拒绝理由须为 2 到 200 个字',
    });
  });

  it('asks an objection for 5 to 500 characters', () => {
    expect(readObjectionReason('不对')).toEqual({
      ok: false,
      message: '异议理由须为 5 到 500 个字',
    });
    expect(readObjectionReason('按时归还了押金').ok).toBe(true);
  });
});

describe('readDefaultedAmount', () => {
  it('reads yuan into fen', () => {
    expect(readDefaultedAmount('120.5')).toEqual({ ok: true, value: 12050 });
    expect(readDefaultedAmount('')).toEqual({
      ok: false,
      message: '请填写金额',
    });
  });
});
