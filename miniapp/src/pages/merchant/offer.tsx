// Creates an offer or edits a draft: what it gives, who may claim it,
// how many and when. The form is checked in src/lib before sending; the
// server's refusals show under the save button.
import {
  Button,
  Input,
  Picker,
  Text,
  Textarea,
  View,
} from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  todayInShanghai,
  type OfferKind,
  type OfferScene,
  type SubjectKind,
} from '@creditplus/shared';
import Chips from '../../components/Chips';
import FormField from '../../components/FormField';
import { OFFER_KIND, OFFER_SCENE } from '../../lib/labels';
import {
  emptyOfferForm,
  formFromOffer,
  gradeChoices,
  needsAmount,
  readOfferForm,
  type FormErrors,
  type OfferField,
  type OfferForm,
} from '../../lib/offerForm';
import { marketplace } from '../../services/api';
import './offer.scss';

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({
    value,
    label: labels[value],
  }));

const KINDS = options<OfferKind>(OFFER_KIND);
const SCENES = options<OfferScene>(OFFER_SCENE);
const SUBJECT_KINDS = options<SubjectKind>({
  person: '个人',
  organization: '企业和组织',
});

export default function OfferEditor() {
  const id = Number(useRouter().params.id ?? 0);
  const [form, setForm] = useState<OfferForm>(() =>
    emptyOfferForm(todayInShanghai()),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (id === 0) return;
    marketplace.merchantOffers().then(
      (offers) => {
        const offer = offers.find((o) => o.id === id);
        if (offer) setForm(formFromOffer(offer));
        else setFailure('未找到该权益');
      },
      (e: Error) => setFailure(e.message),
    );
  }, [id]);

  const set = <F extends OfferField>(field: F, value: OfferForm[F]) =>
    setForm((current) => ({ ...current, [field]: value }));

  const toggleKind = (kind: SubjectKind) => {
    const kinds = form.subjectKinds.includes(kind)
      ? form.subjectKinds.filter((k) => k !== kind)
      : [...form.subjectKinds, kind];
    // A grade the new kinds lack would be refused; drop it.
    const keep = gradeChoices(kinds).includes(form.minGrade);
    setForm({
      ...form,
      subjectKinds: kinds,
      minGrade: keep ? form.minGrade : '',
    });
  };

  const save = async () => {
    const read = readOfferForm(form);
    setErrors(read.ok ? {} : read.errors);
    setFailure(read.ok ? '' : '请按提示修改标红的项目');
    if (!read.ok) return;
    setBusy(true);
    try {
      if (id === 0) await marketplace.createOffer(read.draft);
      else await marketplace.replaceOffer(id, read.draft);
      Taro.navigateBack();
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const text = (
    field: OfferField,
    props: { type?: 'number' | 'digit' } = {},
  ) => (
    <Input
      className={`form-input input-${field}`}
      type={props.type ?? 'text'}
      value={String(form[field])}
      onInput={(e) => set(field, e.detail.value as never)}
    />
  );

  return (
    <View className="page offer-form-page">
      <View className="card">
        <FormField label="权益名称" name="title" error={errors.title}>
          {text('title')}
        </FormField>
        <FormField label="说明" name="description" error={errors.description}>
          <Textarea
            className="form-input form-input--area input-description"
            value={form.description}
            maxlength={1000}
            onInput={(e) => set('description', e.detail.value)}
          />
        </FormField>
        <FormField label="类型" name="kind">
          <Chips
            options={KINDS}
            chosen={[form.kind]}
            onToggle={(v) => set('kind', v)}
          />
        </FormField>
        {form.kind === 'discount' && (
          <FormField label="优惠方式" name="discountBy">
            <Chips
              options={[
                { value: 'amount', label: '减免金额' },
                { value: 'percent', label: '折扣比例' },
              ]}
              chosen={[form.discountBy]}
              onToggle={(v) => set('discountBy', v)}
            />
          </FormField>
        )}
        {needsAmount(form) && (
          <FormField
            label={
              form.kind === 'deposit_waiver'
                ? '免除押金（元）'
                : '减免金额（元）'
            }
            name="valueYuan"
            error={errors.valueYuan}
          >
            {text('valueYuan', { type: 'digit' })}
          </FormField>
        )}
        {form.kind === 'discount' && form.discountBy === 'percent' && (
          <FormField
            label="优惠比例（%）"
            name="discountPercent"
            hint="如 10 即九折"
            error={errors.discountPercent}
          >
            {text('discountPercent', { type: 'number' })}
          </FormField>
        )}
        <FormField label="场景" name="scene">
          <Chips
            options={SCENES}
            chosen={[form.scene]}
            onToggle={(v) => set('scene', v)}
          />
        </FormField>
      </View>

      <Text className="section-title">领取条件</Text>
      <View className="card">
        <FormField
          label="适用主体"
          name="subjectKinds"
          error={errors.subjectKinds}
        >
          <Chips
            options={SUBJECT_KINDS}
            chosen={form.subjectKinds}
            onToggle={toggleKind}
          />
        </FormField>
        <FormField label="最低信用等级" name="minGrade" error={errors.minGrade}>
          <Chips
            options={[
              { value: '', label: '不限' },
              ...gradeChoices(form.subjectKinds).map((g) => ({
                value: g,
                label: g,
              })),
            ]}
            chosen={[form.minGrade]}
            onToggle={(v) => set('minGrade', v)}
          />
        </FormField>
        <FormField
          label="最低信用分"
          name="minScore"
          hint="不填则不限"
          error={errors.minScore}
        >
          {text('minScore', { type: 'number' })}
        </FormField>
        <FormField label="名单" name="lists" hint="黑名单主体一律不能领取">
          <Chips
            options={[
              { value: 'redlistOnly', label: '仅限红名单' },
              { value: 'excludeWatchlist', label: '排除重点关注名单' },
            ]}
            chosen={[
              ...(form.redlistOnly ? ['redlistOnly' as const] : []),
              ...(form.excludeWatchlist ? ['excludeWatchlist' as const] : []),
            ]}
            onToggle={(flag) => set(flag, !form[flag])}
          />
        </FormField>
        <FormField
          label="地区代码前缀"
          name="regionPrefix"
          hint="如 3604 仅限九江，不填则不限"
          error={errors.regionPrefix}
        >
          {text('regionPrefix', { type: 'number' })}
        </FormField>
      </View>

      <Text className="section-title">名额与有效期</Text>
      <View className="card">
        <View className="form-row">
          <FormField label="总名额" name="quota" error={errors.quota}>
            {text('quota', { type: 'number' })}
          </FormField>
          <FormField
            label="每人限领"
            name="perSubjectLimit"
            error={errors.perSubjectLimit}
          >
            {text('perSubjectLimit', { type: 'number' })}
          </FormField>
          <FormField
            label="每日名额"
            name="perDayQuota"
            hint="不填不限"
            error={errors.perDayQuota}
          >
            {text('perDayQuota', { type: 'number' })}
          </FormField>
        </View>
        <View className="form-row">
          <FormField label="开始日期" name="validFrom" error={errors.validFrom}>
            <Picker
              mode="date"
              value={form.validFrom}
              onChange={(e) => set('validFrom', e.detail.value)}
            >
              <View className="form-input">{form.validFrom}</View>
            </Picker>
          </FormField>
          <FormField label="结束日期" name="validTo" error={errors.validTo}>
            <Picker
              mode="date"
              value={form.validTo}
              onChange={(e) => set('validTo', e.detail.value)}
            >
              <View className="form-input">{form.validTo}</View>
            </Picker>
          </FormField>
        </View>
        <FormField
          label="卡券有效时长（小时）"
          name="voucherTtlHours"
          error={errors.voucherTtlHours}
        >
          {text('voucherTtlHours', { type: 'number' })}
        </FormField>
      </View>

      {failure !== '' && <Text className="offer-form-error">{failure}</Text>}
      <Button
        className="primary-button save-offer-button"
        loading={busy}
        disabled={busy || undefined}
        onClick={save}
      >
        保存草稿
      </Button>
    </View>
  );
}
