import { maskSensitive } from './maskSensitive';

describe('maskSensitive', () => {
  it('masks each kind of data when it is alone on the line', () => {
    const masked = [
      'id 36048320000906626X',
      'phone 13812345678',
      'auth: bearer abc.def',
      'url /s?JS_CODE=c0de',
      'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2ln',
    ].map(maskSensitive);

    expect(masked).toEqual([
      'id 3604**********626X',
      'phone 138****5678',
      'auth: bearer [redacted]',
      'url /s?JS_CODE=[redacted]',
      'jwt [redacted]',
    ]);
  });

  it('answers a line without such data as it was', () => {
    const line =
      '{"level":30,"time":1796290000000,"requestId":"7a1c","method":"GET",' +
      '"path":"/api/me/rating","queryKeys":[],"status":200,"ms":1}\n';

    expect(maskSensitive(line)).toBe(line);
  });

  it('masks a request line whose path or request id holds such data', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2ln';
    const line =
      `{"level":30,"requestId":"${jwt}","method":"GET",` +
      '"path":"/api/public/organizations/13812345678","status":404}\n';

    expect(maskSensitive(line)).toBe(
      '{"level":30,"requestId":"[redacted]","method":"GET",' +
        '"path":"/api/public/organizations/138****5678","status":404}\n',
    );
  });
});
