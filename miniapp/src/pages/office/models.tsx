// The scoring models the credit office publishes: the version in force for
// persons and for organizations, and a new version written from it, whose
// rescore the office follows until everyone has been rated again.
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ModelPublished, SubjectKind } from '@creditplus/shared';
import PageState from '../../components/PageState';
import TabBar from '../../components/TabBar';
import { useRemote } from '../../hooks/useRemote';
import { SUBJECT_KIND } from '../../lib/labels';
import { currentModel } from '../../lib/modelText';
import { api } from '../../services/api';
import JobProgress from './JobProgress';
import ModelCard from './ModelCard';
import ModelEditor from './ModelEditor';
import './models.scss';

const KINDS: SubjectKind[] = ['person', 'organization'];

export default function ScoringModels() {
  const { data, error, loading, reload } = useRemote(api.scoringModels);
  const [editing, setEditing] = useState<SubjectKind | null>(null);
  const [published, setPublished] = useState<ModelPublished | null>(null);

  return (
    <View className="page models-page">
      {data ? (
        KINDS.map((kind) => {
          const current = currentModel(data, kind);
          return (
            <View className={`model-kind model-kind--${kind}`} key={kind}>
              <Text className="section-title">
                {SUBJECT_KIND[kind]}信用评价模型
              </Text>
              <View className="card">
                {current === null ? (
                  <View className="empty">尚未发布</View>
                ) : (
                  <ModelCard model={current} />
                )}
                {published?.model.subjectKind === kind && (
                  <JobProgress
                    key={published.job.id}
                    published={published}
                    onFinished={reload}
                  />
                )}
                {current !== null &&
                  (editing === kind ? (
                    <ModelEditor
                      current={current}
                      onCancel={() => setEditing(null)}
                      onPublished={(answer) => {
                        setEditing(null);
                        setPublished(answer);
                      }}
                    />
                  ) : (
                    <Button
                      className="model-new-version primary-button"
                      onClick={() => setEditing(kind)}
                    >
                      发布新版本
                    </Button>
                  ))}
              </View>
            </View>
          );
        })
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <TabBar current="/pages/office/models" />
    </View>
  );
}
