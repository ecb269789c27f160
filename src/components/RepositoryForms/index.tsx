/**
 * Direct links to the issue forms »Praxisbeispiel vorschlagen« and »Fehler
 * melden« on the contributor pages, from the operator's REPO_URL
 * (src/config/repository.ts). A site without a repository says where to turn
 * instead, so the pages never read as a dead end.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
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
          <Translate
            id="repositoryForms.none"
            description="Contributor pages of a site without a repository; {contact} links to the contact page"
            values={{
              contact: (
                <Link to="/kontakt">
                  <Translate id="repositoryForms.none.contact" description="Link text to the contact page">
                    Kontakt
                  </Translate>
                </Link>
              ),
            }}>
            {'Diese Website ist noch mit keinem Repository verbunden, deshalb gibt es hier keine Formulare und keine Links »Diese Seite bearbeiten«. Schicken Sie Ihren Vorschlag oder Ihre Korrektur über die Seite {contact}; das Projektteam trägt ihn ein.'}
          </Translate>
        </p>
      </div>
    );
  }
  return (
    <nav className={`alert alert--info ${styles.box}`} aria-label={translate({id: 'repositoryForms.label', message: 'Formulare zum Mitmachen', description: 'Accessible name of the links to the issue forms'})} data-wp-repository="linked">
      <p className={styles.title}>
        <Translate id="repositoryForms.title" description="Before the links to the issue forms">
          Direkt zu den Formularen (bei GitHub, ein kostenloses Konto genügt):
        </Translate>
      </p>
      <ul>
        <li>
          <a href={repository.practiceForm} rel="noopener">
            <Translate id="repositoryForms.practice" description="Link to the issue form for a new practice">
              Praxisbeispiel vorschlagen
            </Translate>
          </a>
        </li>
        <li>
          <a href={repository.bugForm} rel="noopener">
            <Translate id="repositoryForms.bug" description="Link to the issue form for a mistake">
              Fehler melden
            </Translate>
          </a>
        </li>
        <li>
          <a href={repository.newIssue} rel="noopener">
            <Translate id="repositoryForms.all" description="Link to all issue forms">
              Alle Formulare
            </Translate>
          </a>
        </li>
      </ul>
    </nav>
  );
}
