import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import type {RecentPost} from '../../plugins/home/recentPosts';
import type {UpcomingCongress} from '../../plugins/home/upcomingCongress';
import {formatGermanDate, formatGermanDateRange, isoDay} from '../../utils/formatDate';
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
  readonly upcomingCongress: UpcomingCongress | null;
}


function NextCongress({congress}: {congress: UpcomingCongress}): ReactNode {
  return (
    <section aria-labelledby="home-congress-heading" className={styles.congress}>
      <Heading as="h2" id="home-congress-heading">
        {translate({id: 'home.congress.heading', message: 'Nächster Fachkongress'})}
      </Heading>
      <p className={styles.congressTitle}>
        <Link to={congress.path}>{congress.title}</Link>
      </p>
      <p>
        <time dateTime={congress.date}>{formatGermanDateRange(congress.date, congress.endDate)}</time>, {congress.venue}, {congress.city}
      </p>
      <p>
        {congress.registrationUrl && (
          <>
            <a href={congress.registrationUrl}>{translate({id: 'home.congress.register', message: 'Zur Anmeldung'})}</a>
            {' · '}
          </>
        )}
        <Link href={`pathname://${congress.path}/kongress.ics`}>
          {translate({id: 'home.congress.ics', message: 'Termin in den Kalender übernehmen (ICS-Datei)'})}
        </Link>
        {!congress.hasProgramme && ` · ${translate({id: 'home.congress.programmeSoon', message: 'Programm folgt.'})}`}
      </p>
    </section>
  );
}

export default function HomePage({recentPosts, upcomingCongress}: HomePageProps): ReactNode {
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
        {upcomingCongress && <NextCongress congress={upcomingCongress} />}
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
