// Adds a department by name and USCC; the server's refusal (a code taken,
// a name taken) is shown in its own words.
import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import FormField from '../../components/FormField';
import { readDepartment } from '../../lib/departmentOnboarding';
import { api } from '../../services/api';

export default function DepartmentForm(props: { onAdded: () => void }) {
  const [name, setName] = useState('');
  const [uscc, setUscc] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const add = async () => {
    const read = readDepartment(name, uscc);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setBusy(true);
    setError('');
    try {
      await api.addDepartment(read.value);
      setName('');
      setUscc('');
      props.onAdded();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card department-form">
      <Text className="review-title">添加部门</Text>
      <FormField label="部门名称" name="department-name">
        <Input
          className="form-input"
          value={name}
          placeholder="如 九江市市场监督管理局"
          maxlength={100}
          onInput={(e) => setName(e.detail.value)}
        />
      </FormField>
      <FormField label="统一社会信用代码" name="department-uscc" error={error}>
        <Input
          className="form-input"
          value={uscc}
          placeholder="18 位代码"
          maxlength={40}
          onInput={(e) => setUscc(e.detail.value)}
          onConfirm={add}
        />
      </FormField>
      <Button
        className="primary-button"
        loading={busy}
        // The h5 button greys out on any `disabled` attribute, even false.
        disabled={busy || undefined}
        onClick={add}
      >
        添加部门
      </Button>
    </View>
  );
}
