import { ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Divider, Drawer, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import { showProblemAtFields } from '../../api/problem';
import { useIdempotencyKey } from '../../components/idempotency';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { useDrawerWidth } from '../../components/responsive';
import { type Programme, programmeOptions, useProgrammes } from './common';

interface FileValues {
  programme: string;
  statement: string;
  requestedYuan?: number;
  account?: { bank: string; holder: string; number: string };
}

/**
 * The application form: the programme, the reason, an amount where the programme is decided case by case,
 * and the applicant's own bank account where it pays money. Staff file it for a person they find by ID;
 * a resident files their own (`person` given, no picker).
 */
export function ApplicationForm(props: {
  person: Person | undefined;
  personId: string | undefined;
  initialProgramme?: string | undefined;
  onFiled: (id: string) => void;
  submitText: string;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FileValues>();
  const programmes = useProgrammes();
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const code = Form.useWatch('programme', form) ?? props.initialProgramme;
  const programme: Programme | undefined = programmes.data?.items.find((item) => item.code === code);
  const paysMoney = programme ? programme.form !== 'in-kind' : true;
  return (
    <Form<FileValues>
      form={form}
      layout="vertical"
      disabled={!props.personId}
      initialValues={{
        ...(props.initialProgramme ? { programme: props.initialProgramme } : {}),
        ...(props.person ? { account: { holder: props.person.name } } : {}),
      }}
      onFinish={async (values) => {
        if (!props.personId) return;
        setRefusal(undefined);
        setSubmitting(true);
        try {
          const filed = await call(
            api.POST('/subsidies/applications', {
              params: { header: idempotency.header },
              body: {
                programme: values.programme as never,
                personId: props.personId,
                statement: values.statement,
                ...(values.requestedYuan !== undefined ? { requestedYuan: values.requestedYuan } : {}),
                ...(paysMoney && values.account ? { account: values.account } : {}),
              },
            }),
          );
          idempotency.renew();
          message.success(`已提交 ${filed.applicantName} 的${filed.programmeName}申请，等待社区审核`);
          void queryClient.invalidateQueries({ queryKey: ['subsidy-applications'] });
          props.onFiled(filed.id);
        } catch (error) {
          const text = showProblemAtFields(form, error);
          // Eligibility and one-open-application refusals concern the whole application.
          if (error instanceof ApiProblem && (error.status === 422 || error.status === 409)) setRefusal(text);
          else message.error(text);
        } finally {
          setSubmitting(false);
        }
      }}
    >
      <ProFormSelect
        name="programme"
        label="补助项目"
        options={programmeOptions(programmes.data?.items)}
        rules={[{ required: true, message: '请选择补助项目' }]}
        extra={programme?.amount}
        fieldProps={{ onChange: () => setRefusal(undefined), showSearch: true, optionFilterProp: 'label' }}
      />
      <ProFormTextArea
        name="statement"
        label="申请理由"
        placeholder="如：家庭人均收入低于本区低保标准，本人患病无劳动能力"
        fieldProps={{ maxLength: 2000, showCount: true, autoSize: { minRows: 3 } }}
        rules={[{ required: true, whitespace: true, message: '请填写申请理由' }]}
      />
      <ProFormDigit
        name="requestedYuan"
        label="申请金额（元）"
        min={0.01}
        fieldProps={{ precision: 2 }}
        extra="临时救助、大病医疗救助、再就业补助等逐案核定的项目和贷款须填写；其他项目按标准计算，不必填写"
      />
      {paysMoney && (
        <>
          <Divider orientation="left" plain>
            申请人本人的银行账户（补助发放到此账户）
          </Divider>
          <ProFormText
            name={['account', 'bank']}
            label="开户银行"
            placeholder="如：厦门农商银行思明支行"
            rules={[{ required: true, message: '请填写开户银行' }]}
          />
          <ProFormText name={['account', 'holder']} label="户名" rules={[{ required: true, message: '请填写户名' }]} />
          <ProFormText
            name={['account', 'number']}
            label="银行账号"
            placeholder="10–30 位数字"
            rules={[
              { required: true, message: '请填写银行账号' },
              { pattern: /^[\d\s]{10,36}$/, message: '银行账号须为 10–30 位数字' },
            ]}
            extra="账号加密保存，列表和公示中只显示后 4 位"
          />
        </>
      )}
      {refusal && <Alert type="error" showIcon style={{ marginBottom: 16 }} message="未能提交" description={refusal} />}
      <Button type="primary" htmlType="submit" loading={submitting} disabled={!props.personId} block>
        {props.submitText}
      </Button>
    </Form>
  );
}

/** A worker files on a resident's behalf: the resident found by their citizen ID, then the form. */
export function FileApplicationDrawer(props: {
  open: boolean;
  initialPerson?: Person | undefined;
  initialProgramme?: string | undefined;
  onClose: () => void;
}) {
  const [picked, setPicked] = useState<Person>();
  const width = useDrawerWidth(600);
  const navigate = useNavigate();
  const person = picked ?? props.initialPerson;
  const close = () => {
    setPicked(undefined);
    props.onClose();
  };
  return (
    <Drawer open={props.open} width={width} title="代居民提交补助申请" onClose={close} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        {person ? (
          <PersonSummary person={person} onChange={() => setPicked(undefined)} />
        ) : (
          <Card size="small">
            <PersonPicker label="申请人的公民身份号码" onPick={setPicked} />
          </Card>
        )}
        {!person && <Typography.Text type="secondary">先用身份证号找到申请人，再填写申请。</Typography.Text>}
        <ApplicationForm
          key={person?.id ?? 'none'}
          person={person}
          personId={person?.id}
          initialProgramme={props.initialProgramme}
          submitText="提交申请"
          onFiled={(id) => {
            close();
            navigate(`/subsidy/applications/${id}`);
          }}
        />
      </Space>
    </Drawer>
  );
}
