import * as z from 'zod';
import {SLUG_PATTERN} from './vocabularies';

/** A working group in src/data/groups.yml. */
export const groupSchema = z
  .object({
    id: z.string().regex(SLUG_PATTERN),
    name: z.string().min(1),
    description: z.string().min(1),
    /** Blog tag (from blog/tags.yml) under which news about the group appear. */
    tag: z.string().regex(SLUG_PATTERN).optional(),
    contact: z.object({name: z.string().min(1).optional(), email: z.email().optional()}).strict().optional(),
  })
  .strict();

export const groupsSchema = z.array(groupSchema);
export type Group = z.infer<typeof groupSchema>;

/** Front matter of a report, docs/arbeitsgruppen/<group>/<YYYY-MM-DD>-<slug>.md */
export const reportFrontMatterSchema = z
  .object({
    title: z.string().min(1).max(120),
    description: z.string().min(1).max(300),
    group: z.string().min(1),
    meetingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    meetingNumber: z.number().int().min(1).optional(),
    location: z.string().min(1).optional(),
    topics: z.array(z.string().min(1)).optional(),
    /** Path of the news post announcing the meeting, e.g. /meldungen/ag-digitalisierung-sitzungsbericht */
    announcement: z.string().regex(/^\/meldungen\/[a-z0-9-/]+$/).optional(),
    sample: z.boolean().optional(),
    sidebar_label: z.string().optional(),
    slug: z.string().optional(),
  })
  .strict();

export type ReportFrontMatter = z.infer<typeof reportFrontMatterSchema>;

export interface Report extends ReportFrontMatter {
  file: string;
  /** URL path of the report page. */
  path: string;
  topics: string[];
}

export interface GroupWithReports extends Group {
  path: string;
  /** Newest first. */
  reports: Report[];
}
