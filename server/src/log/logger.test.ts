import fs from 'node:fs';

import { captureLog } from '../../test/support/logCapture';
import { createLogger } from './logger';

describe('createLogger', () => {
  it('masks an ID number and a phone number inside a message', () => {
    const { log, text: output } = captureLog();

    log.info('subject 360404196312108747 called from 13812345678');

    expect(output()).toContain('3604**********8747');
    expect(output()).toContain('138****5678');
    expect(output()).not.toContain('360404196312108747');
    expect(output()).not.toContain('13812345678');
  });

  it('masks an ID number inside a logged error and its stack', () => {
    const { log, text: output } = captureLog();

    log.error({ err: new Error('bad id 36048320000906626X') }, 'failed');

    expect(output()).toContain('3604**********626X');
    expect(output()).not.toContain('36048320000906626X');
  });

  it('removes tokens, codes and session keys by field name', () => {
    const { log, text: output } = captureLog();

    log.info(
      {
        token: 'plain-token-value',
        wechat: { code: 'wx-code-123', session_key: 'sk-abc' },
        req: { headers: { authorization: 'Basic dXNlcjpwYXNz' } },
      },
      'login',
    );

    expect(output()).not.toMatch(/plain-token-value|wx-code-123|sk-abc/);
    expect(output()).not.toContain('dXNlcjpwYXNz');
    expect(JSON.parse(output()).wechat.code).toBe('[redacted]');
  });

  it('masks bearer tokens, JWTs and query credentials in free text', () => {
    const { log, text: output } = captureLog();
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJl';

    log.warn(`Bearer abc.def.ghi then ${jwt}`);
    log.warn('GET /sns/jscode2session?appid=a&secret=s3cr3t&js_code=c0de');

    expect(output()).not.toMatch(/abc\.def\.ghi|c2lnbmF0dXJl|s3cr3t|c0de/);
    expect(output()).toContain('appid=a');
  });

  it('writes to standard output, masked, when given no destination', async () => {
    const written: string[] = [];
    const fakeWrite = (
      fd: number,
      chunk: Buffer,
      _offset: number,
      length: number,
      _position: null,
      done: (error: null, written: number) => void,
    ) => {
      if (fd === 1) written.push(chunk.toString());
      done(null, length);
    };
    const write = jest
      .spyOn(fs, 'write')
      .mockImplementation(fakeWrite as unknown as typeof fs.write);
    const log = createLogger({ level: 'info' });

    log.info('subject 360404196312108747');
    await new Promise<void>((resolve) => log.flush(() => resolve()));
    write.mockRestore();

    expect(written.join('')).toContain('"msg":"subject 3604**********8747"');
  });
});
