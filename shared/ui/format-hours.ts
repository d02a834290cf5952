import type { OpeningHours, OpeningSpan } from '../content/types.js';

// 2024-01-01 was a Monday: ISO weekday n is 2024-01-0n.
function weekdayName(isoDay: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, isoDay),
  );
}

function dayRange(days: readonly number[], lang: string): string {
  const sorted = [...days].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  const contiguous = last - first === sorted.length - 1;
  if (contiguous && sorted.length > 2) return `${weekdayName(first, lang)}–${weekdayName(last, lang)}`;
  return sorted.map((day) => weekdayName(day, lang)).join(', ');
}

function span(openingSpan: OpeningSpan, lang: string): string {
  return `${dayRange(openingSpan.days, lang)} ${openingSpan.opens}–${openingSpan.closes}`;
}

/**
 * Opening hours in the reader's language: `alwaysText` (already translated) for a 24/7 line, else
 * the schedule with weekday names from `Intl` (e.g. "Mon–Thu 09:00–19:00, Fri 09:00–14:00").
 */
export function formatHours(hours: OpeningHours, lang: string, alwaysText: string): string {
  if ('always' in hours) return alwaysText;
  return hours.schedule.map((openingSpan) => span(openingSpan, lang)).join(', ');
}
