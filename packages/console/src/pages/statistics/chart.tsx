import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';

// Only the parts the statistics screens draw, so their chunk stays small.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = Record<string, unknown>;

/** One chart of a statistics screen; `onPick` gets the category (or series name) clicked. */
export function Chart(props: {
  option: ChartOption;
  height?: number;
  style?: CSSProperties;
  onPick?: (name: string, dataIndex: number) => void;
  testId?: string;
}) {
  const onEvents: Record<string, (event: { name: string; dataIndex: number }) => void> = {};
  if (props.onPick) onEvents.click = (event) => props.onPick?.(event.name, event.dataIndex);
  return (
    <div data-testid={props.testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={props.option}
        notMerge
        onEvents={onEvents}
        style={{ height: props.height ?? 300, width: '100%', ...props.style }}
      />
    </div>
  );
}

/** The palette used throughout: antd's blue, pink for women, then calm secondaries. */
export const colors = {
  male: '#1677ff',
  female: '#eb2f96',
  registered: '#1677ff',
  migrant: '#fa8c16',
  grades: ['#cf1322', '#fa541c', '#faad14', '#91caff'],
};
