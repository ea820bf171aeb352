import { Form, Input, Typography } from 'antd';
import { checkCitizenId } from './citizen-id';

/**
 * The citizen ID field: checks the number as it is typed (length, birth date, check digit, by the
 * registry's own rule) and shows the birth date and sex the number states, so a typo shows before submit.
 */
export function CitizenIdField(props: { name?: string; label?: string; required?: boolean }) {
  const name = props.name ?? 'citizenId';
  const value = Form.useWatch<string | undefined>(name);
  const facts = checkCitizenId(value);
  return (
    <Form.Item
      name={name}
      label={props.label ?? '公民身份号码'}
      validateFirst
      rules={[
        { required: props.required ?? true, message: '请填写公民身份号码' },
        {
          validator: async (_, current: string | undefined) => {
            const result = checkCitizenId(current);
            if (result.error) throw new Error(result.error);
          },
        },
      ]}
      extra={
        facts.birthDate ? (
          <Typography.Text type="success" data-testid="citizen-id-facts">
            出生日期 {facts.birthDate} · 性别 {facts.sex}
          </Typography.Text>
        ) : (
          '18 位，最后一位可为 X；出生日期和性别由号码自动得出'
        )
      }
    >
      <Input maxLength={18} placeholder="如 11010519491231002X" style={{ fontFamily: 'monospace' }} autoComplete="off" />
    </Form.Item>
  );
}
