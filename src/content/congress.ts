/**
 * Congress documentation: `docs/fachkongress/<year>/index.mdx` (front matter)
 * and `programm.yml` beside it. Schemas and the checks a schema cannot express
 * (times, overlaps, days, files that must exist).
 */
import * as z from 'zod';

export const SESSION_TYPES = ['keynote', 'podium', 'workshop', 'forum', 'pause', 'sonstiges'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];
export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  keynote: 'Keynote',
  podium: 'Podium',
  workshop: 'Workshop',
  forum: 'Forum',
  pause: 'Pause',
  sonstiges: 'Programmpunkt',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** A file under static/, given as its URL path (e.g. /dateien/fachkongress/2019/doku.pdf). */
const staticFile = z.string().regex(/^\/[^\s?#]+\.[A-Za-z0-9]+$/);

export const materialSchema = z.object({file: staticFile, title: z.string().min(1)}).strict();

export const congressFrontMatterSchema = z
  .object({
    title: z.string().min(1).max(120),
    description: z.string().min(1).max(300),
    date: isoDate,
    endDate: isoDate.optional(),
    venue: z.string().min(1),
    city: z.string().min(1),
    motto: z.string().min(1).optional(),
    participants: z.number().int().min(1).optional(),
    registrationUrl: z.url({protocol: /^https$/}).optional(),
    downloads: z.array(materialSchema).optional(),
    gallery: z
      .array(z.object({src: staticFile, alt: z.string().trim().min(1), caption: z.string().trim().min(1).optional(), credit: z.string().trim().min(1)}).strict())
      .optional(),
    sample: z.boolean().optional(),
    // Docusaurus' own keys that an editor may set.
    sidebar_label: z.string().optional(),
    slug: z.string().optional(),
  })
  .strict();

export const sessionSchema = z
  .object({
    day: isoDate.optional(),
    start: time,
    end: time,
    title: z.string().min(1),
    type: z.string().min(1),
    speakers: z.array(z.object({name: z.string().min(1), affiliation: z.string().min(1).optional()}).strict()).optional(),
    room: z.string().min(1).optional(),
    description: z.string().min(1).optional(),
    page: z.string().regex(/^[a-z0-9-]+$/).optional(),
    materials: z.array(materialSchema).optional(),
  })
  .strict();

export const programmeSchema = z.array(sessionSchema);

export type CongressFrontMatter = z.infer<typeof congressFrontMatterSchema>;
export type Session = Omit<z.infer<typeof sessionSchema>, 'type'> & {type: SessionType; day: string};
export type Material = z.infer<typeof materialSchema> & {bytes: number; kind: string};

export interface Congress extends Omit<CongressFrontMatter, 'downloads'> {
  year: number;
  /** Doc folder, e.g. docs/fachkongress/2019 */
  folder: string;
  path: string;
  /** null: no programm.yml yet (»Programm folgt«). */
  programme: (Omit<Session, 'materials'> & {materials: Material[]; pagePath?: string})[] | null;
  downloads: Material[];
  /** Days from date to endDate, ISO. */
  days: string[];
}

export const minutes = (value: string): number => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

/** ISO days from `start` to `end` inclusive. */
export function daysBetween(start: string, end = start): string[] {
  const days: string[] = [];
  for (let day = new Date(`${start}T00:00:00Z`); day <= new Date(`${end}T00:00:00Z`); day = new Date(day.getTime() + 86_400_000)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

export function isValidDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** »PDF, 1,2 MB« */
export function describeFile(path: string, bytes: number): {kind: string; label: string} {
  const extension = path.split('.').pop()!.toLowerCase();
  const kinds: Record<string, string> = {pdf: 'PDF', docx: 'Word', doc: 'Word', pptx: 'PowerPoint', xlsx: 'Excel', odt: 'OpenDocument-Text', zip: 'ZIP-Archiv', jpg: 'JPEG-Bild', jpeg: 'JPEG-Bild', png: 'PNG-Bild', mp4: 'Video (MP4)', mp3: 'Audio (MP3)', ics: 'Kalenderdatei'};
  const kind = kinds[extension] ?? extension.toUpperCase();
  const size =
    bytes >= 1024 * 1024
      ? `${(bytes / (1024 * 1024)).toLocaleString('de-DE', {maximumFractionDigits: 1})} MB`
      : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('de-DE')} KB`;
  return {kind, label: `${kind}, ${size}`};
}

export {PROCEEDINGS_DIR} from '../config/paths';

/** The address of a congress's proceedings as PDF (see PROCEEDINGS_DIR) on the site, e.g. /fachkongress/2019/kongressdokumentation-2019.pdf */
export const proceedingsPath = (year: number): string => `/fachkongress/${year}/kongressdokumentation-${year}.pdf`;

/** A congress is upcoming until its last day has passed (computed at build). */
export const isUpcoming = (congress: Pick<Congress, 'date' | 'endDate'>, today: string): boolean => (congress.endDate ?? congress.date) >= today;

/** The next congress that has not ended by `today` (ISO day). */
export function nextCongressOf<T extends Pick<Congress, 'date' | 'endDate'>>(congresses: readonly T[], today: string): T | undefined {
  return congresses.filter((congress) => isUpcoming(congress, today)).sort((a, b) => a.date.localeCompare(b.date))[0];
}
