/**
 * »Zuletzt aktualisiert am …« under docs and news posts. Unlike the theme's
 * version it carries no `itemprop` (there is no microdata item around it, which
 * makes the HTML invalid); the date stays machine-readable in <time>.
 */
import type {ReactNode} from 'react';
import {ThemeClassNames} from '@docusaurus/theme-common';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/LastUpdated';

const FORMAT = new Intl.DateTimeFormat('de-DE', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

export default function LastUpdated({lastUpdatedAt, lastUpdatedBy}: Props): ReactNode {
  if (!lastUpdatedAt && !lastUpdatedBy) return null;
  const date = lastUpdatedAt ? new Date(lastUpdatedAt) : undefined;
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      {/* The theme's message ids, with the site's wording in i18n/de/code.json. */}
      <Translate
        id="theme.lastUpdated.lastUpdatedAtBy"
        description="The sentence used to display when a page has been last updated, and by who"
        values={{
          atDate: date ? (
            <Translate
              id="theme.lastUpdated.atDate"
              description="The words used to describe on which date a page has been last updated"
              values={{
                date: (
                  <b>
                    <time dateTime={date.toISOString()}>{FORMAT.format(date)}</time>
                  </b>
                ),
              }}>
              {' am {date}'}
            </Translate>
          ) : (
            ''
          ),
          byUser: lastUpdatedBy ? (
            <Translate id="theme.lastUpdated.byUser" description="The words used to describe by who the page has been last updated" values={{user: <b>{lastUpdatedBy}</b>}}>
              {' von {user}'}
            </Translate>
          ) : (
            ''
          ),
        }}>
        {'Zuletzt aktualisiert{atDate}{byUser}'}
      </Translate>
    </span>
  );
}
