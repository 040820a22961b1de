import { redactSecrets } from './redactSecrets';

describe('redactSecrets', () => {
  it('censors credential fields up to two levels down', () => {
    const line = JSON.stringify({
      token: 't0',
      wechat: { code: 'c1', keep: 'k' },
      req: { headers: { authorization: 'a2', 'set-cookie': ['s2'] } },
    });

    expect(JSON.parse(redactSecrets(`${line}\n`))).toEqual({
      token: '[redacted]',
      wechat: { code: '[redacted]', keep: 'k' },
      req: {
        headers: { authorization: '[redacted]', 'set-cookie': '[redacted]' },
      },
    });
  });

  it('leaves a line without such fields as it was', () => {
    const line = '{"msg":"say \\"token\\": no","path":"/api/me"}\n';

    expect(redactSecrets(line)).toBe(line);
  });
});
