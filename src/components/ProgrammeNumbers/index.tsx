/**
 * »Das Programm in Zahlen«: headline numbers, then each chart (SVG drawn at
 * build time, see src/numbers/charts.ts) with its caption and its data as a
 * table right after it. Nothing here draws: the page only places markup.
 */
import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {ProgrammeNumbers as Numbers, NumbersChart} from '../../numbers/programmeNumbers';
import styles from './styles.module.css';

const number = (value: number): string => value.toLocaleString('de-DE');

function Chart({chart}: {chart: NumbersChart}): ReactNode {
  return (
    <section className={styles.chart} aria-labelledby={`zahlen-${chart.id}`}>
      <Heading as="h2" id={`zahlen-${chart.id}`}>
        {chart.title}
      </Heading>
      <figure className={styles.figure}>
        {chart.svg ? (
          // Markup drawn at build time from the site's own data (no user input reaches it unescaped).
          <div className={styles.svg} dangerouslySetInnerHTML={{__html: chart.svg}} />
        ) : (
          <p>
            <Translate id="numbers.empty" description="Instead of a chart without data">
              Noch keine Daten.
            </Translate>
          </p>
        )}
        <figcaption className={styles.caption}>{chart.caption}</figcaption>
      </figure>
      {/* Wide tables (many years) scroll sideways; every row starts with a link, so the keyboard reaches and scrolls them. */}
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="sr-only">{translate({id: 'numbers.table.caption', message: 'Daten zu: {title}', description: 'Hidden caption of the data table after a chart'}, {title: chart.title})}</caption>
          <thead>
            <tr>
              {chart.table.columns.map((column, index) => (
                <th key={index} scope="col" className={index > 0 ? styles.numberCell : undefined}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.href ? <Link to={row.href}>{row.label}</Link> : row.label}</th>
                {row.values.map((value, index) => (
                  <td key={index} className={styles.numberCell}>
                    {value === null ? '–' : number(value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default function ProgrammeNumbers({numbers}: {readonly numbers: Numbers}): ReactNode {
  const title = translate({id: 'numbers.title', message: 'Das Programm in Zahlen', description: 'Title of the numbers page'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'numbers.description',
        message: 'Praxisbeispiele nach Handlungsfeld, Zielgruppe, Rolle, Format und Land, Programmträger*innen, Fachkongresse und Berichte der Arbeitsgruppen: das Bundesprogramm »Menschen stärken Menschen« auf einen Blick.',
        description: 'Meta description of the numbers page',
      })}>
      <main className="container margin-vert--lg">
        <nav aria-label={translate({id: 'numbers.breadcrumbs', message: 'Brotkrumen', description: 'Accessible name of the breadcrumbs on the numbers page'})} className={styles.breadcrumbs}>
          <Link to="/programm">
            <Translate id="numbers.breadcrumbs.programme" description="Breadcrumb back to the programme page">
              Das Bundesprogramm
            </Translate>
          </Link>
        </nav>
        <Heading as="h1">{title}</Heading>
        <p className={styles.intro}>
          <Translate id="numbers.intro" description="Introduction of the numbers page">
            Alle Zahlen kommen aus den Inhalten dieser Wissensplattform und werden bei jeder Veröffentlichung neu gezählt; sie stimmen darum mit dem Katalog überein. Sie zeigen, was hier dokumentiert ist, nicht das ganze Bundesprogramm.
          </Translate>
        </p>
        <dl className={styles.totals}>
          {[
            [translate({id: 'numbers.total.practices', message: 'Praxisbeispiele', description: 'Headline number on the numbers page'}), numbers.practices, '/gute-praxis'],
            [translate({id: 'numbers.total.carriers', message: 'Programmträger*innen', description: 'Headline number on the numbers page'}), numbers.carriers, '/traeger'],
            [translate({id: 'numbers.total.congresses', message: 'Fachkongresse', description: 'Headline number on the numbers page'}), numbers.congresses, '/fachkongress'],
            [translate({id: 'numbers.total.reports', message: 'Berichte der Arbeitsgruppen', description: 'Headline number on the numbers page'}), numbers.reports, '/arbeitsgruppen'],
          ].map(([label, value, to]) => (
            <div key={String(to)} className={styles.total}>
              <dt>
                <Link to={String(to)}>{label}</Link>
              </dt>
              <dd>{number(Number(value))}</dd>
            </div>
          ))}
        </dl>
        <p>
          {translate(
            {id: 'numbers.carriersWithPractices', message: '{withPractices} der {carriers} Programmträger*innen stellen hier gute Praxis vor.', description: 'Sentence under the headline numbers'},
            {withPractices: number(numbers.carriersWithPractices), carriers: number(numbers.carriers)},
          )}
        </p>
        {numbers.charts.map((chart) => (
          <Chart key={chart.id} chart={chart} />
        ))}
      </main>
    </Layout>
  );
}
