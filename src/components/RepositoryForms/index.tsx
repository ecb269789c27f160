/**
 * Direct links to the issue forms »Praxisbeispiel vorschlagen« and »Fehler
 * melden« on the contributor pages, from the operator's REPO_URL
 * (src/config/repository.ts). A site without a repository says where to turn
 * instead, so the pages never read as a dead end.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {RepositoryLinks} from '../../config/repository';
import styles from './styles.module.css';

export default function RepositoryForms(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  // Set in docusaurus.config.ts from resolveRepository(), which validated it.
  const repository = siteConfig.customFields?.repository as RepositoryLinks | null | undefined;
  if (!repository) {
    return (
      <div className={`alert alert--info ${styles.box}`} data-wp-repository="none">
        <p>
          Diese Website ist noch mit keinem Repository verbunden, deshalb gibt es hier keine Formulare und keine Links
          »Diese Seite bearbeiten«. Schicken Sie Ihren Vorschlag oder Ihre Korrektur über die Seite{' '}
          <Link to="/kontakt">Kontakt</Link>; das Projektteam trägt ihn ein.
        </p>
      </div>
    );
  }
  return (
    <nav className={`alert alert--info ${styles.box}`} aria-label="Formulare zum Mitmachen" data-wp-repository="linked">
      <p className={styles.title}>Direkt zu den Formularen (bei GitHub, ein kostenloses Konto genügt):</p>
      <ul>
        <li>
          <a href={repository.practiceForm} rel="noopener">
            Praxisbeispiel vorschlagen
          </a>
        </li>
        <li>
          <a href={repository.bugForm} rel="noopener">
            Fehler melden
          </a>
        </li>
        <li>
          <a href={repository.newIssue} rel="noopener">
            Alle Formulare
          </a>
        </li>
      </ul>
    </nav>
  );
}
