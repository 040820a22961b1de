// Where log lines go: gathered in memory and written off the event loop
// some kilobytes at a time. Each write is a round trip through a worker
// thread that costs a busy process many lines' worth of work, and pino's
// own destination (sonic-boom), which batches too, measured its whole
// pending text again at every line: together they cost a fast request
// more than the rest of its logging. A quiet process writes what it holds
// within a second; what is held when the process exits is written then,
// synchronously. Should the output fail for another reason than being
// full, the lines in hand are dropped: logging cannot report its own loss.
import fs from 'node:fs';

/** A file to write to: standard output, or a fake in tests. */
export interface LineSink {
  /** Writes the chunk, or a leading part of it; answers the bytes written. */
  write(
    chunk: Buffer,
    done: (error: Error | null, written: number) => void,
  ): void;
  writeSync(chunk: Buffer): number;
}

export interface LineBuffer {
  write(line: string): void;
  /** Calls back once every line written before it is out. */
  flush(done?: () => void): void;
  /** Writes every line held, blocking; a chunk in flight is left to it. */
  flushSync(): void;
}

export interface LineBufferOptions {
  /** Held text, in characters, that starts a write. */
  writeAt: number;
  /** Held text is written at least this often. */
  flushEveryMs: number;
  /** How long to wait before writing again to a full output. */
  retryMs: number;
}

export const STDOUT_OPTIONS: LineBufferOptions = {
  writeAt: 16 * 1024,
  flushEveryMs: 1000,
  retryMs: 100,
};

export function createLineBuffer(
  sink: LineSink,
  options: LineBufferOptions,
): LineBuffer {
  let held: string[] = [];
  let heldLength = 0;
  let writing = false;
  let waiting: (() => void)[] = [];

  const take = (): Buffer => {
    const chunk = Buffer.from(held.join(''));
    held = [];
    heldLength = 0;
    return chunk;
  };

  const send = (chunk: Buffer): void => {
    writing = true;
    sink.write(chunk, (error, written) => {
      if (error !== null && isFull(error)) {
        setTimeout(() => send(chunk), options.retryMs);
        return;
      }
      const rest =
        error === null ? chunk.subarray(written) : chunk.subarray(0, 0);
      if (rest.length > 0) return send(rest);

      writing = false;
      if (heldLength >= options.writeAt) return send(take());
      if (waiting.length > 0) {
        if (heldLength > 0) return send(take());
        const done = waiting;
        waiting = [];
        for (const callback of done) callback();
      }
    });
  };

  setInterval(() => {
    if (!writing && heldLength > 0) send(take());
  }, options.flushEveryMs).unref();

  return {
    write(line) {
      held.push(line);
      heldLength += line.length;
      if (!writing && heldLength >= options.writeAt) send(take());
    },
    flush(done = () => undefined) {
      if (!writing && heldLength === 0) return done();
      waiting.push(done);
      if (!writing) send(take());
    },
    flushSync() {
      let chunk = take();
      while (chunk.length > 0) {
        try {
          chunk = chunk.subarray(sink.writeSync(chunk));
        } catch (error) {
          if (!isFull(error)) return;
          sleep(options.retryMs);
        }
      }
    },
  };
}

function isFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EAGAIN' || code === 'EBUSY';
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const STDOUT = 1;
let stdout: LineBuffer | undefined;

/** The one buffer of standard output, written out when the process exits. */
export function stdoutLines(): LineBuffer {
  if (stdout === undefined) {
    const lines = createLineBuffer(
      {
        write: (chunk, done) =>
          fs.write(STDOUT, chunk, 0, chunk.length, null, (error, written) =>
            done(error, written),
          ),
        writeSync: (chunk) => fs.writeSync(STDOUT, chunk),
      },
      STDOUT_OPTIONS,
    );
    process.on('exit', () => lines.flushSync());
    stdout = lines;
  }
  return stdout;
}
