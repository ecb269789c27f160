/**
 * An event file, `termine/<kurzname>.md`: the front matter's schema and the
 * formats of its times. Congresses and working-group meetings need no file:
 * they come into the calendar from their own pages (src/content/loadEvents.ts).
 */
import * as z from 'zod';

/** »2026-12-10 12:30«, »2026-12-10T12:30« or a whole day »2026-12-10« (Europe/Berlin). */
export const START_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:[ T]([01]\d|2[0-3]):([0-5]\d))?$/;
/** The end: a time on the start's day »14:00«, or a day with or without time. */
export const END_PATTERN = /^(?:(\d{4}-\d{2}-\d{2})(?:[ T](([01]\d|2[0-3]):[0-5]\d))?|(([01]\d|2[0-3]):[0-5]\d))$/;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * Fields editors sometimes add for an online event's access link. The site never publishes one: the link goes
 * out with the registration confirmation (published links invite uninvited guests and cannot be withdrawn).
 */
export const ACCESS_LINK_FIELDS = ['link', 'onlineUrl', 'onlineLink', 'zugangslink', 'zoom', 'meetingUrl', 'joinUrl', 'url'] as const;

export const eventFrontMatterSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    description: z.string().trim().min(1).max(300),
    type: z.string().min(1),
    start: z.string().regex(START_PATTERN),
    end: z.string().regex(END_PATTERN).optional(),
    /** Takes place online (with `place` as well: hybrid). */
    online: z.boolean().optional(),
    place: z
      .object({name: z.string().trim().min(1), address: z.string().trim().min(1).optional(), city: z.string().trim().min(1)})
      .strict()
      .optional(),
    registration: z.object({url: z.url({protocol: /^https$/}), deadline: isoDate.optional()}).strict().optional(),
    language: z.string().min(1).optional(),
    accessibility: z
      .object({signLanguage: z.boolean().optional(), stepFree: z.boolean().optional(), notes: z.string().trim().min(1).optional()})
      .strict()
      .optional(),
    /** What documents the event. */
    documentation: z
      .object({
        congress: z.number().int().min(2000).max(2100).optional(),
        group: z.string().min(1).optional(),
        report: z.string().regex(/^\/arbeitsgruppen\/[a-z0-9-]+\/[a-z0-9-]+$/).optional(),
        news: z.string().regex(/^\/meldungen\/[a-z0-9-/]+$/).optional(),
      })
      .strict()
      .optional(),
    cancelled: z.boolean().optional(),
    sample: z.boolean().optional(),
  })
  .strict();

export type EventFrontMatter = z.infer<typeof eventFrontMatterSchema>;

export const EVENT_HINTS: Record<string, string> = {
  start: 'Erwartet wird Datum und Uhrzeit wie 2026-12-10 12:30 (Berliner Zeit), oder nur das Datum für ganztägige Termine.',
  end: 'Erwartet wird eine Uhrzeit am selben Tag (14:00) oder ein Datum mit Uhrzeit (2026-12-11 16:00).',
  'registration.url': 'Erwartet wird eine https-Adresse.',
  'registration.deadline': 'Erwartet wird der letzte Anmeldetag als JJJJ-MM-TT.',
  'documentation.report': 'Erwartet wird die Adresse eines Sitzungsberichts, z. B. /arbeitsgruppen/digitalisierung/2019-11-08-vierte-sitzung.',
  'documentation.news': 'Erwartet wird die Adresse einer Meldung, z. B. /meldungen/bbe-mittagsgespraech-ostdeutschland.',
};
