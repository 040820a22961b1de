import type { JobView } from '@creditplus/shared';
import { followJob, jobPercent } from './jobProgress';

function job(status: JobView['status'], done: number, total = 10): JobView {
  return {
    id: 5,
    kind: 'rescore_all',
    status,
    done,
    total,
    startedAt: null,
    finishedAt: null,
  };
}

// A job server answering the given states in turn.
function follow(answers: JobView[], stopAfter = Infinity) {
  const seen: string[] = [];
  const asked: number[] = [];
  let waits = 0;
  const result = followJob(job('queued', 0), {
    load: async (id) => {
      asked.push(id);
      const next = answers.shift();
      if (next === undefined) throw new Error('asked once too often');
      return next;
    },
    onProgress: (j) => seen.push(`${j.status} ${j.done}/${j.total}`),
    wait: async () => void (waits += 1),
    stopped: () => waits > stopAfter,
  });
  return { result, seen, asked, waits: () => waits };
}

describe('followJob', () => {
  it('reports each state until the job is done', async () => {
    const run = follow([job('running', 4), job('running', 9), job('done', 10)]);

    await expect(run.result).resolves.toMatchObject({ status: 'done' });
    expect(run.seen).toEqual([
      'queued 0/10',
      'running 4/10',
      'running 9/10',
      'done 10/10',
    ]);
    expect(run.asked).toEqual([5, 5, 5]);
    expect(run.waits()).toBe(3);
  });

  it('ends at a failed job', async () => {
    const run = follow([job('failed', 3)]);

    await expect(run.result).resolves.toMatchObject({ status: 'failed' });
  });

  it('stops asking once the page is left', async () => {
    const run = follow([job('running', 4), job('running', 5)], 1);

    await expect(run.result).resolves.toBeNull();
    expect(run.asked).toEqual([5]);
    expect(run.seen).toEqual(['queued 0/10', 'running 4/10']);
  });

  it('rejects when the progress cannot be read', async () => {
    const run = follow([]);

    await expect(run.result).rejects.toThrow('asked once too often');
  });
});

describe('jobPercent', () => {
  it.each([
    [job('running', 3, 7), 42],
    [job('done', 7, 7), 100],
    [job('queued', 0, 0), 0],
    [job('done', 0, 0), 100],
  ])('%j is %i %', (j, percent) => {
    expect(jobPercent(j)).toBe(percent);
  });
});
