import { DatePicker, Form, Input, Radio, Select } from 'antd';
import { useGrids } from '../layout/area-hooks';

/** 户籍 / 流动, and for a migrant where they came from and when: the same fields in 登记 and 修改. */
export function ResidenceFields() {
  const residence = Form.useWatch<string | undefined>('residence');
  return (
    <>
      <Form.Item name="residence" label="户籍类型" rules={[{ required: true, message: '请选择户籍类型' }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'registered', label: '户籍人口' },
            { value: 'migrant', label: '流动人口' },
          ]}
        />
      </Form.Item>
      {residence === 'migrant' && (
        <>
          <Form.Item
            name={['migrant', 'origin']}
            label="流出地"
            rules={[{ required: true, message: '请填写流出地，如 福建省泉州市' }]}
          >
            <Input maxLength={100} placeholder="如 福建省泉州市" />
          </Form.Item>
          <Form.Item
            name={['migrant', 'arrivalDate']}
            label="来本地日期"
            rules={[{ required: true, message: '请选择来本地日期' }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </>
  );
}

export function PhoneField() {
  return (
    <Form.Item
      name="phone"
      label="电话"
      rules={[
        {
          // A masked number shown for an existing record is left as it is; anything typed must be a real number.
          validator: async (_, value: string | undefined) => {
            if (!value || value.includes('*') || /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/.test(value.trim())) return;
            throw new Error('电话号码须为 11 位手机号或带区号的固定电话');
          },
        },
      ]}
    >
      <Input maxLength={13} placeholder="手机号或 0592-1234567" autoComplete="off" />
    </Form.Item>
  );
}

/** The community itself or one of its grids, by name. */
export function AreaSelect(props: {
  community: string | undefined;
  value?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
}) {
  const { communityName, grids } = useGrids(props.community);
  const options = [
    ...(props.community ? [{ value: props.community, label: `${communityName ?? props.community}（未划网格）` }] : []),
    ...grids.map((grid) => ({ value: grid.code, label: grid.name })),
  ];
  return (
    <Select value={props.value} onChange={props.onChange} options={options} disabled={props.disabled} placeholder="选择网格" />
  );
}

export function AddressFields() {
  return (
    <>
      <Form.Item name="building" label="楼栋">
        <Input maxLength={50} placeholder="如 3号楼" />
      </Form.Item>
      <Form.Item name="room" label="房号">
        <Input maxLength={20} placeholder="如 502" />
      </Form.Item>
    </>
  );
}
