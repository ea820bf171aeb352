import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { components } from '../../api/openapi';

type Variable = components['schemas']['MessageTemplate']['variables'][number];

/** A template's `{{name}}` placeholders, as the API reads them. */
export const PLACEHOLDER = /\{\{\s*([a-zA-Z]\w*)\s*\}\}/g;

/** A text with its `{{placeholders}}` marked, so a reader sees at once what is filled in per message. */
export function Marked({ text, variables }: { text: string; variables: Variable[] }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, match.index));
    parts.push(
      <Tag key={match.index} color="blue" style={{ marginInline: 2 }} title={`{{${match[1]}}}`}>
        {variables.find((variable) => variable.name === match[1])?.label ?? match[1]}
      </Tag>,
    );
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(text.slice(last));
  return <span style={{ whiteSpace: 'pre-wrap' }}>{parts}</span>;
}
