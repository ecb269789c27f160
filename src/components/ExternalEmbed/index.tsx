/**
 * Content from another service (a video, a map) behind two clicks: until the
 * visitor asks for it, nothing is requested from that service; the box says
 * who the provider is and what loading it means, and offers a plain link
 * instead. The consent holds for this one embed on this one visit (nothing is
 * stored). The provider's origin is written into `data-embed-origin`, from
 * which the build allows it in the Content Security Policy's frame-src.
 */
import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface ExternalEmbedProps {
  /** Name of the service, e.g. »YouTube« or »OpenStreetMap«. */
  provider: string;
  /** Address of the embedded content (https). */
  src: string;
  /** What the content is, for the frame's accessible name. */
  title: string;
  /** The provider's privacy policy. */
  privacy?: string;
  /** Height of the frame in pixels (width is always the column's). */
  height?: number;
}

function originOf(src: string): string {
  try {
    return new URL(src).origin;
  } catch {
    return '';
  }
}

export default function ExternalEmbed({provider, src, title, privacy, height = 360}: ExternalEmbedProps): ReactNode {
  const id = useId();
  const [loaded, setLoaded] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (loaded) frame.current?.focus();
  }, [loaded]);

  return (
    <figure className={styles.embed} data-embed-origin={originOf(src)} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className={styles.title}>
        {title}
      </figcaption>
      {loaded ? (
        <iframe ref={frame} className={styles.frame} src={src} title={translate({id: 'embed.frame', message: '{title} (Inhalt von {provider})', description: 'Title of the loaded frame'}, {title, provider})} height={height} loading="lazy" referrerPolicy="strict-origin-when-cross-origin" allowFullScreen />
      ) : (
        <div className={styles.consent} style={{minHeight: Math.min(height, 240)}}>
          <p>
            <Translate id="embed.consent" description="Before an embed is loaded; {provider} is the provider's name, the first one in bold" values={{providerName: <strong>{provider}</strong>, provider}}>
              {'Dieser Inhalt kommt von {providerName}. Erst wenn Sie ihn laden, stellt Ihr Browser eine Verbindung zu {provider} her und überträgt dabei unter anderem Ihre IP-Adresse.'}
            </Translate>
            {privacy && (
              <>
                {' '}
                <a href={privacy}>{translate({id: 'embed.privacy', message: 'Datenschutzhinweise von {provider}', description: 'Link to the provider\'s privacy notice'}, {provider})}</a>
              </>
            )}
          </p>
          <div className={styles.actions}>
            <button type="button" className="button button--primary" onClick={() => setLoaded(true)}>
              {translate({id: 'embed.load', message: 'Inhalt von {provider} laden', description: 'Button that loads the embed'}, {provider})}
            </button>
            <a href={src}>{translate({id: 'embed.open', message: 'Direkt bei {provider} öffnen', description: 'Link to the content at the provider'}, {provider})}</a>
          </div>
        </div>
      )}
    </figure>
  );
}
