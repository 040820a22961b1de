// The departments that hand credit data over: the office adds them and
// invites their staff, who then upload and push as the department.
import { Text, View } from '@tarojs/components';
import PageState from '../../components/PageState';
import { useRemote } from '../../hooks/useRemote';
import { api } from '../../services/api';
import DepartmentForm from './DepartmentForm';
import DepartmentInvite from './DepartmentInvite';

export default function DepartmentsSection() {
  const { data, error, loading, reload } = useRemote(api.departments);

  return (
    <View className="departments-section">
      <Text className="section-title">部门</Text>
      {data ? (
        data.length === 0 ? (
          <View className="empty">还没有部门</View>
        ) : (
          data.map((department) => (
            <View className="card department-row" key={department.id}>
              <Text className="review-title">{department.name}</Text>
              <Text className="review-line muted">
                {department.uscc ?? '未登记统一社会信用代码'} · 工作人员{' '}
                {department.staff} 人
              </Text>
              <DepartmentInvite departmentId={department.id} />
            </View>
          ))
        )
      ) : (
        <PageState loading={loading} error={error} onRetry={reload} />
      )}
      <DepartmentForm onAdded={reload} />
    </View>
  );
}
