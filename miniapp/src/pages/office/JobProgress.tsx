// The version just published and the rescore it started, asked for every
// second until the job is done or has failed.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { JobView, ModelPublished } from '@creditplus/shared';
import { followJob, jobPercent, JOB_STATUS } from '../../lib/jobProgress';
import { api } from '../../services/api';
import { useScrollIntoView } from './scrollIntoView';

const POLL_MS = 1000;

interface Props {
  published: ModelPublished;
  /** Called once the job has finished, done or failed. */
  onFinished: () => void;
}

export default function JobProgress({ published, onFinished }: Props) {
  const [job, setJob] = useState<JobView>(published.job);
  const [error, setError] = useState('');
  useScrollIntoView('.job-progress');

  useEffect(() => {
    let left = false;
    followJob(published.job, {
      load: api.job,
      onProgress: setJob,
      wait: () => new Promise((resolve) => setTimeout(resolve, POLL_MS)),
      stopped: () => left,
    }).then(
      (finished) => {
        if (finished !== null) onFinished();
      },
      (reason: unknown) => {
        if (!left) setError(`无法获取重算进度：${(reason as Error).message}`);
      },
    );
    return () => {
      left = true;
    };
    // The job is followed once, from the answer that started it.
  }, [published.job.id]);

  const failed = job.status === 'failed';
  return (
    <View className={failed ? 'job-progress is-failed' : 'job-progress'}>
      <Text className="job-progress__title">
        已发布第 {published.model.version} 版
      </Text>
      <View className="job-progress__line">
        <Text>重新评分</Text>
        <Text className="job-status">{JOB_STATUS[job.status]}</Text>
        <Text className="job-count">
          {job.done}/{job.total}
        </Text>
      </View>
      <View className="job-progress__bar">
        <View
          className="job-progress__fill"
          style={{ width: `${jobPercent(job)}%` }}
        />
      </View>
      {failed && (
        <Text className="job-progress__note">
          {'重新评分中断。新版本已生效，尚未重算的主体仍显示原版本的评分，' +
            '请联系系统运维处理。'}
        </Text>
      )}
      {error !== '' && <Text className="job-progress__note">{error}</Text>}
    </View>
  );
}
