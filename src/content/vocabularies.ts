/**
 * The fixed vocabularies of the content model. Slugs and labels live in
 * `src/data/<name>.yml`; this module knows the schema of an entry. The names
 * of the vocabularies (the facets), their German headings and URL segments
 * are in src/vocabulary.ts.
 */
import * as z from 'zod';
import type {Facet} from '../vocabulary';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const vocabularyEntrySchema = z
  .object({
    slug: z.string().regex(SLUG_PATTERN),
    label: z.string().min(1),
    description: z.string().min(1).optional(),
  })
  .strict();

export const vocabularySchema = z.array(vocabularyEntrySchema).min(1);

export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
export type Vocabularies = Record<Facet, VocabularyEntry[]>;
