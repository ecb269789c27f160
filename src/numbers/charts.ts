/**
 * Build time: horizontal bar charts as SVG markup, so that no charting code
 * reaches the browser. Each row is its label on one line and the bar with its
 * number below, which reads at 320 px as well as on paper. Colours come from
 * the site's theme (classes in src/components/ProgrammeNumbers/styles.module.css),
 * so dark mode and print follow. The chart repeats its table (which comes right
 * after it), so it is hidden from screen readers.
 */
import {escapeHtml} from '../utils/escapeHtml';

export interface ChartRow {
  label: string;
  value: number;
}

export const CHART_WIDTH = 360;
const ROW_HEIGHT = 48;
const LABEL_SIZE = 16;
const BAR_HEIGHT = 16;
/** Room for the number after the longest bar. */
const NUMBER_ROOM = 48;

/** The chart's SVG; bars scale to the largest value (or `max`, to compare charts). */
export function barChartSvg(rows: readonly ChartRow[], max = Math.max(0, ...rows.map((row) => row.value))): string {
  const height = rows.length * ROW_HEIGHT + 4;
  const room = CHART_WIDTH - NUMBER_ROOM;
  const parts = rows.map((row, index) => {
    const top = index * ROW_HEIGHT;
    const width = max > 0 ? Math.max(row.value > 0 ? 2 : 0, Math.round((row.value / max) * room)) : 0;
    return [
      `<text x="0" y="${top + LABEL_SIZE}" class="chart-label">${escapeHtml(row.label)}</text>`,
      `<rect x="0" y="${top + LABEL_SIZE + 6}" width="${width}" height="${BAR_HEIGHT}" rx="2" class="chart-bar"/>`,
      `<text x="${width + 6}" y="${top + LABEL_SIZE + 6 + BAR_HEIGHT - 3}" class="chart-value">${row.value.toLocaleString('de-DE')}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" aria-hidden="true" focusable="false" class="chart">${parts.join('')}</svg>`;
}
