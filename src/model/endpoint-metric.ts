// Per-session measurements from an endpoint agent or VDI broker (endpoint_metrics.csv).
import { z } from 'zod';
import { csvRecord } from './csv-record.js';
import { optText, reqText, timestamp } from './fields.js';

export const EndpointMetricsCsv = csvRecord({
  employee_id: reqText,
  at: timestamp,
  device_id: optText,
  metric: reqText,
  value: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v),
    z.number({ error: 'required: a number' })),
});
export type EndpointMetric = z.output<typeof EndpointMetricsCsv.schema>;
