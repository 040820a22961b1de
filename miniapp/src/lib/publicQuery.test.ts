import { PERSON_REFUSED, readPublicQuery } from './publicQuery';

describe('readPublicQuery', () => {
  it('takes part of a name, tidied', () => {
    expect(readPublicQuery('  浔泉\u3000 商贸 ')).toEqual({
      ok: true,
      kind: 'name',
      q: '浔泉 商贸',
    });
  });

  it('takes a USCC typed in full-width lower case as the code', () => {
    expect(readPublicQuery('９１３６０４８２２ｅｈ５ｊｕ５ｒｘ６')).toEqual({
      ok: true,
      kind: 'uscc',
      q: '913604822EH5JU5RX6',
    });
  });

  it('refuses a person ID number, however it is typed', () => {
    for (const typed of [
      '360404196312108747',
      ' 3604 0419 6312 1087 47 ',
      '３６０４０４１９６３１２１０８７４７',
    ]) {
      expect(readPublicQuery(typed)).toEqual({
        ok: false,
        message: PERSON_REFUSED,
      });
    }
  });

  it('refuses an ID number with a mistyped digit, saying why', () => {
    const result = readPublicQuery('360404196312108748');

    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ message: expect.stringMatching(/身份证/) });
  });

  it('refuses a legacy 15-digit ID number', () => {
    expect(readPublicQuery('360404631210874')).toMatchObject({ ok: false });
  });

  it('asks to check a code that fails its checksum', () => {
    expect(readPublicQuery('913604822EH5JU5RX7')).toEqual({
      ok: false,
      message: '统一社会信用代码有误，请核对后重新输入',
    });
  });

  it('refuses a query too short or too long to mean anything', () => {
    expect(readPublicQuery('浔')).toMatchObject({ ok: false });
    expect(readPublicQuery('  ')).toMatchObject({ ok: false });
    expect(readPublicQuery('九'.repeat(51))).toMatchObject({ ok: false });
  });
});
