/**
 * The fixed vocabularies of the content model. Slugs and labels live in
 * `src/data/<name>.yml`; this module knows their names, German headings and
 * URL segments, and the schema of an entry.
 */
import * as z from 'zod';

export const VOCABULARY_NAMES = ['topics', 'audiences', 'roles', 'formats', 'states'] as const;
export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

/** German heading of a facet and the URL segment of its value pages (`/gute-praxis/thema/bildung`). */
export const VOCABULARY_META: Record<VocabularyName, {label: string; segment: string}> = {
  topics: {label: 'Handlungsfelder', segment: 'thema'},
  audiences: {label: 'Zielgruppen', segment: 'zielgruppe'},
  roles: {label: 'Rolle der Engagierten', segment: 'rolle'},
  formats: {label: 'Format', segment: 'format'},
  states: {label: 'Region', segment: 'region'},
};

/** `bundesweit` in `states` matches every Land filter. */
export const NATIONWIDE = 'bundesweit';

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
export type Vocabularies = Record<VocabularyName, VocabularyEntry[]>;
