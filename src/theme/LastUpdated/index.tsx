/**
 * »Zuletzt aktualisiert am …« under docs and news posts. Unlike the theme's
 * version it carries no `itemprop` (there is no microdata item around it, which
 * makes the HTML invalid); the date stays machine-readable in <time>.
 */
import type {ReactNode} from 'react';
import {ThemeClassNames} from '@docusaurus/theme-common';
import type {Props} from '@theme/LastUpdated';

const FORMAT = new Intl.DateTimeFormat('de-DE', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

export default function LastUpdated({lastUpdatedAt, lastUpdatedBy}: Props): ReactNode {
  if (!lastUpdatedAt && !lastUpdatedBy) return null;
  const date = lastUpdatedAt ? new Date(lastUpdatedAt) : undefined;
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      Zuletzt aktualisiert
      {date && (
        <>
          {' am '}
          <b>
            <time dateTime={date.toISOString()}>{FORMAT.format(date)}</time>
          </b>
        </>
      )}
      {lastUpdatedBy && (
        <>
          {' von '}
          <b>{lastUpdatedBy}</b>
        </>
      )}
    </span>
  );
}
