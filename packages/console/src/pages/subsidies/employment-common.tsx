import { Form, InputNumber, Radio, Table, Tag, Typography } from 'antd';
import type { components } from '../../api/openapi';

export type Standards = components['schemas']['EmploymentStandards'];
export type StandardsCheck = components['schemas']['EmploymentStandardsCheck'];
export type BaseType = components['schemas']['EmploymentBaseType'];
export type Base = components['schemas']['EmploymentBase'];
export type CriterionResult = StandardsCheck['results'][number];

/** The unit each figure is declared in, for the input's suffix (the standards' text carries it too). */
const figureUnits: Record<string, string> = {
  disabledEmployees: '人',
  householdsEngaged: '户',
  contractYears: '年',
};
const unitOf = (figure: string) => figureUnits[figure] ?? (figure.endsWith('Yuan') ? '元' : '');

/** A yes-or-no standard (insurance, agreements) reads 是 as what is required. */
const isFlag = (criterion: { required: string }) => criterion.required === '是';

/**
 * The figures a base of `type` declares, one field per standard, under `figures.<name>` so the API's
 * refusals (`body.figures.disabledEmployees`) land on the field they concern.
 */
export function FigureFields(props: { standards: Standards | undefined; type: BaseType | undefined }) {
  const criteria = props.standards?.types.find((entry) => entry.type === props.type)?.criteria ?? [];
  return (
    <>
      {criteria.map((criterion) =>
        isFlag(criterion) ? (
          <Form.Item
            key={criterion.figure}
            name={['figures', criterion.figure]}
            label={criterion.label}
            rules={[{ required: true, message: `请选择是否${criterion.label}` }]}
          >
            <Radio.Group
              options={[
                { value: true, label: '是' },
                { value: false, label: '否' },
              ]}
            />
          </Form.Item>
        ) : (
          <Form.Item
            key={criterion.figure}
            name={['figures', criterion.figure]}
            label={criterion.label}
            extra={`标准：${criterion.required}`}
            rules={[{ required: true, message: `请填写${criterion.label}` }]}
          >
            <InputNumber
              min={0}
              {...(unitOf(criterion.figure) === '元'
                ? { precision: 2 }
                : criterion.figure === 'contractYears'
                  ? {}
                  : { precision: 0 })}
              style={{ width: 240 }}
              addonAfter={unitOf(criterion.figure)}
            />
          </Form.Item>
        ),
      )}
    </>
  );
}

/** Each standard met or not, with the declared figure beside the standard. */
export function CheckResults(props: { results: readonly CriterionResult[]; title?: string }) {
  return (
    <Table<CriterionResult>
      size="small"
      rowKey="figure"
      pagination={false}
      dataSource={[...props.results]}
      title={props.title ? () => <Typography.Text strong>{props.title}</Typography.Text> : undefined}
      onRow={(result) =>
        ({ 'data-testid': `check-${result.figure}`, style: result.passed ? {} : { background: '#fff1f0' } }) as object
      }
      columns={[
        { title: '标准项目', dataIndex: 'label' },
        { title: '标准', dataIndex: 'required' },
        { title: '填报', dataIndex: 'actual' },
        {
          title: '结果',
          dataIndex: 'passed',
          width: 90,
          render: (passed: boolean) => (passed ? <Tag color="green">达标</Tag> : <Tag color="red">未达标</Tag>),
        },
      ]}
    />
  );
}

export const baseStateColors: Record<string, string> = {
  applied: 'blue',
  plaqued: 'green',
  'not-approved': 'orange',
  withdrawn: 'default',
};
