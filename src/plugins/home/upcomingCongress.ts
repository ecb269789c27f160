import {nextCongressOf, type Congress} from '../../content/congress';

export interface UpcomingCongress {
  title: string;
  path: string;
  date: string;
  endDate?: string;
  venue: string;
  city: string;
  hasProgramme: boolean;
  registrationUrl?: string;
}

/** The next congress that has not ended by `today` (ISO day), or null. */
export function nextCongress(congresses: readonly Congress[], today: string): UpcomingCongress | null {
  const next = nextCongressOf(congresses, today);
  if (!next) return null;
  return {
    title: next.title,
    path: next.path,
    date: next.date,
    ...(next.endDate ? {endDate: next.endDate} : {}),
    venue: next.venue,
    city: next.city,
    hasProgramme: next.programme !== null,
    ...(next.registrationUrl ? {registrationUrl: next.registrationUrl} : {}),
  };
}
