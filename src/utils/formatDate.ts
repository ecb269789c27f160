const germanLongDate = new Intl.DateTimeFormat('de-DE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  // Content dates are calendar days; UTC keeps them from shifting a day
  // between the build machine and the visitor's time zone.
  timeZone: 'UTC',
});

/** `2019-11-13` or an ISO timestamp → `13. November 2019`. */
export function formatGermanDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    throw new Error(`Ungültiges Datum: »${String(value)}« (erwartet z. B. 2019-11-13)`);
  }
  return germanLongDate.format(date);
}

/** `2019-11-13T00:00:00.000Z` → `2019-11-13`, for `<time dateTime>`. */
export function isoDay(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return date.toISOString().slice(0, 10);
}

/** `13. November 2019`, `13.–14. November 2019`, `30. November bis 1. Dezember 2019`. */
export function formatGermanDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatGermanDate(start);
  const [first, last] = [formatGermanDate(start), formatGermanDate(end)];
  if (start.slice(0, 7) === end.slice(0, 7)) return `${first.split(' ')[0]}–${last}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${first.replace(/ \d{4}$/, '')} bis ${last}`;
  return `${first} bis ${last}`;
}
