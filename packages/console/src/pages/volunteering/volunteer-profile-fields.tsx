import { ProFormCheckbox, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { enumOptions } from '../../labels';
import type { Volunteer } from './volunteer-common';

/** What the survey gathers and a volunteer's profile keeps: skills, other talents and when they can serve. */
export interface ProfileValues {
  skills?: Volunteer['skills'];
  otherSkills?: string;
  availability: { weekdays: Volunteer['availability']['weekdays']; slots: Volunteer['availability']['slots']; note?: string };
}

export function ProfileFields() {
  return (
    <>
      <ProFormSelect
        name="skills"
        label="技能特长（调查表）"
        mode="multiple"
        options={enumOptions('VolunteerSkill')}
        placeholder="勾选调查表中的技能"
      />
      <ProFormTextArea
        name="otherSkills"
        label="其他特长"
        placeholder="调查表之外的特长，如：会做盲文、熟悉闽南语"
        fieldProps={{ maxLength: 300, rows: 2 }}
      />
      <ProFormCheckbox.Group
        name={['availability', 'weekdays']}
        label="可服务的日子"
        options={enumOptions('VolunteerWeekday')}
        rules={[{ required: true, message: '请至少选择一天可服务的日子' }]}
      />
      <ProFormCheckbox.Group
        name={['availability', 'slots']}
        label="可服务的时段"
        options={enumOptions('VolunteerTimeSlot')}
        rules={[{ required: true, message: '请至少选择一个可服务的时段' }]}
      />
      <ProFormTextArea
        name={['availability', 'note']}
        label="时间备注"
        placeholder="如：寒暑假全天都可以"
        fieldProps={{ maxLength: 200, rows: 1 }}
      />
    </>
  );
}

/** The profile body the API takes, empty texts left out. */
export function profileBody(values: ProfileValues) {
  return {
    skills: values.skills ?? [],
    ...(values.otherSkills?.trim() ? { otherSkills: values.otherSkills.trim() } : {}),
    availability: {
      weekdays: values.availability.weekdays,
      slots: values.availability.slots,
      ...(values.availability.note?.trim() ? { note: values.availability.note.trim() } : {}),
    },
  };
}
