// A new version written as the JSON the server takes, starting from the
// version in force. A refusal lists every reason and changes nothing.
import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { ModelPublished, ScoringModelView } from '@creditplus/shared';
import { ApiError } from '../../lib/apiError';
import { draftText, readDraft } from '../../lib/modelDraft';
import { refusalReasons, type Reason } from '../../lib/modelRefusal';
import { api } from '../../services/api';
import { useScrollIntoView } from './scrollIntoView';

interface Props {
  current: ScoringModelView;
  onPublished: (published: ModelPublished) => void;
  onCancel: () => void;
}

interface Refusal {
  message: string;
  reasons: Reason[];
}

export default function ModelEditor(props: Props) {
  const { current, onPublished, onCancel } = props;
  const [text, setText] = useState(() => draftText(current));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  useScrollIntoView('.model-editor');

  const publish = async () => {
    const read = readDraft(text);
    if (!read.ok) {
      setRefusal({ message: read.message, reasons: [] });
      return;
    }
    setBusy(true);
    setRefusal(null);
    try {
      onPublished(await api.publishScoringModel(read.model));
    } catch (error) {
      setRefusal(
        error instanceof ApiError
          ? { message: error.message, reasons: refusalReasons(error) }
          : { message: '发布失败，请重试', reasons: [] },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="model-editor">
      <Text className="model-editor__title">发布新版本</Text>
      <Text className="model-editor__hint muted">
        {`以第 ${current.version} 版为底稿修改。发布后立即生效，` +
          '并按新版本重新计算全部主体的信用分。'}
      </Text>
      <Textarea
        className="model-editor__json"
        value={text}
        maxlength={-1}
        onInput={(e) => setText(e.detail.value)}
      />
      {refusal !== null && (
        <View className="model-refusal">
          <Text className="model-refusal__message">{refusal.message}</Text>
          {refusal.reasons.map((reason, i) => (
            <View className="model-refusal__reason" key={i}>
              {reason.where !== '' && (
                <Text className="model-refusal__where">{reason.where}</Text>
              )}
              <Text className="model-refusal__text">{reason.message}</Text>
            </View>
          ))}
        </View>
      )}
      <View className="model-editor__buttons">
        <Button
          className="model-editor__cancel"
          size="mini"
          disabled={busy || undefined}
          onClick={onCancel}
        >
          取消
        </Button>
        <Button
          className="model-editor__publish"
          size="mini"
          disabled={busy || undefined}
          onClick={publish}
        >
          {busy ? '发布中…' : '发布'}
        </Button>
      </View>
    </View>
  );
}
