// A department's upload: pick what the file holds, pick the file, send it
// and read the row report. Browsers pick from disk; WeChat from a chat.
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ImportReportView, ImportSource } from '@creditplus/shared';
import TabBar from '../../components/TabBar';
import { config } from '../../lib/config';
import { IMPORT_SOURCE, uploadRefusal } from '../../lib/importReport';
import { importRefusal, type ImportRefusal } from '../../lib/importRefusal';
import { api } from '../../services/api';
import { currentUser } from '../../services/session';
import { chooseChatFile, fromBrowserFile, type ChosenFile } from './chooseFile';
import ImportReport from './ImportReport';
import './index.scss';

const SOURCES: ImportSource[] = ['penalties', 'licenses', 'lists'];

export default function DepartmentUpload() {
  const [source, setSource] = useState<ImportSource>('penalties');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ImportRefusal | null>(null);
  const [report, setReport] = useState<ImportReportView | null>(null);

  const take = (chosen: ChosenFile | null) => {
    if (chosen === null) return;
    setReport(null);
    const refusal = uploadRefusal(chosen);
    setError(refusal === null ? null : { message: refusal, hint: null });
    setFile(refusal === null ? chosen : null);
  };

  const send = async () => {
    if (file === null) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await api.uploadRecords(source, file));
    } catch (e) {
      setError(importRefusal(e, source));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="page department">
      <View className="card">
        <Text className="muted">当前部门</Text>
        <Text className="department__name">
          {currentUser()?.department?.name ?? ''}
        </Text>
      </View>

      <Text className="section-title">文件内容</Text>
      <View className="source-options">
        {SOURCES.map((option) => (
          <View
            key={option}
            className={
              option === source ? 'source-option is-active' : 'source-option'
            }
            onClick={() => {
              setSource(option);
              // A hint names the kind chosen before; once another is
              // chosen it would mislead, so it goes with its message.
              setError((shown) => (shown?.hint ? null : shown));
            }}
          >
            <Text>{IMPORT_SOURCE[option]}</Text>
          </View>
        ))}
      </View>

      <View className="card upload-card">
        <Text className="upload-hint muted">
          CSV（UTF-8 或 GBK）或 XLSX，列名按双公示标准，不超过 20 MB
        </Text>
        {config.platform === 'h5' ? (
          // The input itself is hidden: its own button would speak the
          // browser's language ("Choose File") rather than the page's.
          <label className="upload-choose upload-choose--h5">
            <input
              className="upload-input"
              type="file"
              accept=".csv,.xlsx"
              onChange={(e) => {
                const chosen = e.currentTarget.files?.[0];
                take(chosen ? fromBrowserFile(chosen) : null);
              }}
            />
            选择文件
          </label>
        ) : (
          <Button
            className="upload-choose"
            onClick={async () => take(await chooseChatFile())}
          >
            从聊天中选择文件
          </Button>
        )}
        {file && <Text className="upload-file">{file.name}</Text>}
        <Button
          className="primary-button upload-button"
          loading={busy}
          // The h5 button greys out on any `disabled` attribute, even false.
          disabled={busy || file === null || undefined}
          onClick={send}
        >
          上传并导入
        </Button>
      </View>

      {error && (
        <View className="upload-refusal">
          <Text className="upload-error">{error.message}</Text>
          {error.hint && (
            <Text className="upload-error__hint">{error.hint}</Text>
          )}
        </View>
      )}
      {report && <ImportReport report={report} />}
      <TabBar current="/pages/department/index" />
    </View>
  );
}
