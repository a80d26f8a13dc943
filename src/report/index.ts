export { buildReport, type BuildReportOptions } from './build-report.js';
export { renderReport, sentencesOf } from './render-html.js';
export { ENTITY_STYLES } from './colors.js';
export type { ReportBead, ReportInput, ReportSide } from './types.js';
