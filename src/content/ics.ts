/**
 * An iCalendar file (RFC 5545) for a congress: one all-day event over the
 * congress days, CRLF line endings, lines folded at 75 octets, text escaped.
 */
import type {Congress} from './congress';

const escapeText = (value: string): string => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line into chunks of at most 75 octets (continuation lines start with a space). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const char of line) {
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = '';
      limit = 74; // the leading space counts
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (iso: string): string => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  return new Date(new Date(`${iso}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
}

export function congressIcs(congress: Congress, options: {siteUrl: string; now: Date}): string {
  const host = new URL(options.siteUrl).hostname;
  const stamp = options.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//BBE//Wissensplattform Fachkongress//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:fachkongress-${congress.year}@${host}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(congress.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(congress.endDate ?? congress.date))}`,
    `SUMMARY:${escapeText(congress.title)}`,
    `LOCATION:${escapeText(`${congress.venue}, ${congress.city}`)}`,
    `DESCRIPTION:${escapeText(congress.description)}`,
    `URL:${options.siteUrl}${congress.path}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
