import {
  createLineBuffer,
  type LineBufferOptions,
  type LineSink,
} from './lineBuffer';

const options: LineBufferOptions = {
  writeAt: 10,
  flushEveryMs: 1000,
  retryMs: 100,
};

type Done = (error: Error | null, written: number) => void;

// A sink that holds each write until the test answers it.
function fakeSink() {
  const pending: { chunk: Buffer; done: Done }[] = [];
  const synced: string[] = [];
  const sink: LineSink = {
    write: (chunk, done) => pending.push({ chunk, done }),
    writeSync: (chunk) => {
      synced.push(chunk.toString());
      return chunk.length;
    },
  };
  const next = () => {
    const write = pending.shift();
    if (write === undefined) throw new Error('nothing is being written');
    return {
      text: write.chunk.toString(),
      finish: (written = write.chunk.length) => write.done(null, written),
      fail: (code: string) =>
        write.done(Object.assign(new Error(code), { code }), 0),
    };
  };
  return { sink, next, pending, synced };
}

describe('createLineBuffer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('holds lines until a write is worth it, then writes them at once', () => {
    const { sink, next, pending } = fakeSink();
    const lines = createLineBuffer(sink, options);

    lines.write('abcd\n');
    expect(pending).toHaveLength(0);
    lines.write('efgh\n');

    expect(next().text).toBe('abcd\nefgh\n');
  });

  it('writes what it holds within flushEveryMs', () => {
    const { sink, next, pending } = fakeSink();
    const lines = createLineBuffer(sink, options);

    lines.write('a\n');
    jest.advanceTimersByTime(options.flushEveryMs);

    expect(next().text).toBe('a\n');
    expect(pending).toHaveLength(0);
  });

  it('gathers the lines that come while a write is out for the next', () => {
    const { sink, next } = fakeSink();
    const lines = createLineBuffer(sink, options);
    lines.write('0123456789\n');
    const first = next();

    lines.write('later one\n');
    lines.write('later two\n');
    first.finish();

    expect(next().text).toBe('later one\nlater two\n');
  });

  it('writes the rest of a partial write before anything later', () => {
    const { sink, next } = fakeSink();
    const lines = createLineBuffer(sink, options);
    lines.write('0123456789\n');
    const first = next();

    lines.write('later line\n');
    first.finish(4);

    expect(next().text).toBe('456789\n');
  });

  it('writes again to a full output after retryMs', () => {
    const { sink, next, pending } = fakeSink();
    const lines = createLineBuffer(sink, options);
    lines.write('0123456789\n');

    next().fail('EAGAIN');
    expect(pending).toHaveLength(0);
    jest.advanceTimersByTime(options.retryMs);

    expect(next().text).toBe('0123456789\n');
  });

  it('drops what a failing output refused and goes on writing', () => {
    const { sink, next } = fakeSink();
    const lines = createLineBuffer(sink, options);
    lines.write('0123456789\n');
    next().fail('EIO');

    lines.write('9876543210\n');

    expect(next().text).toBe('9876543210\n');
  });

  it('calls a flush back once every line before it is out', () => {
    const { sink, next } = fakeSink();
    const lines = createLineBuffer(sink, options);
    const flushed = jest.fn();
    lines.write('0123456789\n');
    const first = next();
    lines.write('a\n');

    lines.flush(flushed);
    first.finish();
    expect(flushed).not.toHaveBeenCalled();
    const second = next();
    expect(second.text).toBe('a\n');
    second.finish();

    expect(flushed).toHaveBeenCalledTimes(1);
  });

  it('calls a flush back at once when nothing is held', () => {
    const { sink } = fakeSink();
    const flushed = jest.fn();

    createLineBuffer(sink, options).flush(flushed);

    expect(flushed).toHaveBeenCalledTimes(1);
  });

  it('writes what it holds synchronously on flushSync', () => {
    const { sink, synced, pending } = fakeSink();
    const lines = createLineBuffer(sink, options);

    lines.write('a\n');
    lines.write('b\n');
    lines.flushSync();

    expect(synced).toEqual(['a\nb\n']);
    expect(pending).toHaveLength(0);
  });
});
