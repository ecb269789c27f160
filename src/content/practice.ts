import * as z from 'zod';
import {type Facet} from '../vocabulary';

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 300;
export const SINCE_MIN = 2000;

/** Front matter of a good practice, `docs/gute-praxis/<slug>.md`; slugs are checked against the vocabularies separately. */
function buildPracticeFrontMatterSchema(currentYear: number) {
  const slugList = z.array(z.string().min(1)).min(1);
  return z
    .object({
      title: z.string().trim().min(1).max(TITLE_MAX),
      description: z.string().trim().min(1).max(DESCRIPTION_MAX),
      carrier: z.string().min(1),
      topics: slugList,
      audiences: slugList,
      roles: slugList,
      formats: slugList,
      states: slugList,
      since: z.number().int().min(SINCE_MIN).max(currentYear + 1).optional(),
      contact: z
        .object({
          name: z.string().min(1).optional(),
          email: z.email().optional(),
          phone: z.string().min(1).optional(),
          url: z.url({protocol: /^https?$/}).optional(),
        })
        .strict()
        .optional(),
      sample: z.boolean().optional(),
    })
    .strict();
}

const schemas = new Map<number, ReturnType<typeof buildPracticeFrontMatterSchema>>();

/**
 * The front-matter schema of a practice. Built once per year and reused: zod
 * compiles a schema on its first use, which for every one of 10,000 files
 * cost seconds.
 */
export function practiceFrontMatterSchema(currentYear: number): ReturnType<typeof buildPracticeFrontMatterSchema> {
  let schema = schemas.get(currentYear);
  if (!schema) {
    schema = buildPracticeFrontMatterSchema(currentYear);
    schemas.set(currentYear, schema);
  }
  return schema;
}

export type PracticeFrontMatter = z.infer<ReturnType<typeof practiceFrontMatterSchema>>;

/** A validated practice, as the build and the pages use it. */
export interface Practice extends Omit<PracticeFrontMatter, Facet> {
  slug: string;
  /** Source path relative to the site root. */
  file: string;
  topics: string[];
  audiences: string[];
  roles: string[];
  formats: string[];
  states: string[];
  /** Markdown body, after the front matter. */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** Time of the last commit that changed the file (ms), if git knows it. */
  lastUpdated?: number;
}
