import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {RecentPost} from '../../plugins/home/recentPosts';
import {formatGermanDate, isoDay} from '../../utils/formatDate';
import EventSummary, {useToday} from '../EventSummary';
import {ALL_EVENTS_FEED, EVENTS_PATH, nextEvents, type EventsModule} from '../../events/types';
import styles from './styles.module.css';

interface EntryPoint {
  to: string;
  title: string;
  text: string;
}

const ENTRY_POINTS: EntryPoint[] = [
  {
    to: '/gute-praxis',
    title: translate({id: 'home.entry.practice.title', message: 'Gute Praxis'}),
    text: translate({
      id: 'home.entry.practice.text',
      message:
        'Was bei anderen Programmträger*innen funktioniert: Patenschaften, Mentoring und Lots*innen-Dienste zum Nachmachen.',
    }),
  },
  {
    to: '/fachkongress',
    title: translate({id: 'home.entry.congress.title', message: 'Fachkongress'}),
    text: translate({
      id: 'home.entry.congress.text',
      message:
        'Programm, Workshops und Ergebnisse des jährlichen bundesweiten Fachkongresses.',
    }),
  },
  {
    to: '/arbeitsgruppen',
    title: translate({id: 'home.entry.groups.title', message: 'Arbeitsgruppen'}),
    text: translate({
      id: 'home.entry.groups.text',
      message: 'Berichte aus den Sitzungen der Arbeitsgruppen des BBE.',
    }),
  },
  {
    to: '/programm',
    title: translate({id: 'home.entry.programme.title', message: 'Das Programm'}),
    text: translate({
      id: 'home.entry.programme.text',
      message:
        'Worum es im Bundesprogramm »Menschen stärken Menschen« geht und was das BBE dazu beiträgt.',
    }),
  },
];

function RecentPosts({posts}: {posts: RecentPost[]}): ReactNode {
  if (posts.length === 0) {
    return (
      <p>
        {translate({
          id: 'home.news.empty',
          message: 'Zurzeit gibt es keine Meldungen.',
        })}
      </p>
    );
  }
  return (
    <ul className={styles.newsList}>
      {posts.map((post) => (
        <li key={post.permalink} className={styles.newsItem}>
          <article>
            <Heading as="h3" className={styles.newsTitle}>
              <Link to={post.permalink}>{post.title}</Link>
            </Heading>
            <p className={styles.newsDate}>
              <time dateTime={isoDay(post.date)}>{formatGermanDate(post.date)}</time>
            </p>
            <p>{post.description}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}

interface HomePageProps {
  /** Route modules created by the home plugin. */
  readonly recentPosts: RecentPost[];
  readonly upcomingEvents: EventsModule;
}


/** How many upcoming events the home page shows. */
const SHOWN_EVENTS = 3;

function NextEvents({upcoming}: {upcoming: EventsModule}): ReactNode {
  const today = useToday(upcoming.builtOn);
  const feedHref = useBaseUrl(ALL_EVENTS_FEED);
  const events = nextEvents(upcoming.events, today, SHOWN_EVENTS);
  return (
    <section aria-labelledby="home-events-heading" className={styles.events}>
      <Heading as="h2" id="home-events-heading">
        {translate({id: 'home.events.heading', message: 'Nächste Termine'})}
      </Heading>
      {events.length > 0 ? (
        <ul className={styles.eventList}>
          {events.map((event) => (
            <li key={event.id}>
              <EventSummary event={event} upcoming headingLevel="h3" />
            </li>
          ))}
        </ul>
      ) : (
        <p>{translate({id: 'home.events.none', message: 'Zurzeit ist kein Termin angekündigt.'})}</p>
      )}
      <p>
        <Link to={EVENTS_PATH}>{translate({id: 'home.events.all', message: 'Alle Termine'})}</Link>
        {' · '}
        <a href={feedHref}>{translate({id: 'home.events.feed', message: 'Termine als Kalender abonnieren (ICS)'})}</a>
      </p>
    </section>
  );
}

export default function HomePage({recentPosts, upcomingEvents}: HomePageProps): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.title', message: 'Startseite'})}
      description={translate({
        id: 'home.description',
        message:
          'Die Wissensplattform des BBE für Programmträger*innen im Bundesprogramm »Menschen stärken Menschen«: gute Praxis, Fachkongress, Arbeitsgruppen und Meldungen.',
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            {translate({
              id: 'home.hero.title',
              message: 'Wissensplattform Pat*innen, Mentor*innen und Lots*innen',
            })}
          </Heading>
          <p className={styles.heroLead}>
            {translate({
              id: 'home.hero.lead',
              message:
                'Für Programmträger*innen im Bundesprogramm »Menschen stärken Menschen«: Hier finden Sie gute Praxis von anderen, die Dokumentation des Fachkongresses, Berichte aus den Arbeitsgruppen und Neuigkeiten aus dem BBE.',
            })}
          </p>
          <div className={styles.heroActions}>
            <Link className="button button--primary button--lg" to="/gute-praxis">
              {translate({id: 'home.hero.cta', message: 'Gute Praxis entdecken'})}
            </Link>
            <Link className="button button--secondary button--lg" to="/programm">
              {translate({id: 'home.hero.secondary', message: 'Über das Programm'})}
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="home-entry-heading">
          <Heading as="h2" id="home-entry-heading">
            {translate({id: 'home.entry.heading', message: 'Was Sie hier finden'})}
          </Heading>
          <ul className={styles.entryGrid}>
            {ENTRY_POINTS.map((entry) => (
              <li key={entry.to} className={styles.entryCard}>
                <Heading as="h3" className={styles.entryTitle}>
                  <Link to={entry.to}>{entry.title}</Link>
                </Heading>
                <p>{entry.text}</p>
              </li>
            ))}
          </ul>
        </section>
        <NextEvents upcoming={upcomingEvents} />
        <section aria-labelledby="home-news-heading" className="margin-top--lg">
          <Heading as="h2" id="home-news-heading">
            {translate({id: 'home.news.heading', message: 'Aktuelle Meldungen'})}
          </Heading>
          <RecentPosts posts={recentPosts} />
          <p>
            <Link to="/meldungen">
              {translate({id: 'home.news.all', message: 'Alle Meldungen'})}
            </Link>
            {' · '}
            <Link href="pathname:///meldungen/rss.xml">
              {translate({id: 'home.news.rss', message: 'Meldungen als RSS-Feed'})}
            </Link>
          </p>
        </section>
      </main>
    </Layout>
  );
}
