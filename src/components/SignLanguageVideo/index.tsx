/**
 * A slot for a video in German Sign Language (DGS) that the operator fills:
 * nothing of the video loads until the visitor asks for it (a click on
 * »Video abspielen«), a download link states format, file size and duration,
 * and without a file the slot says that the video is still being made.
 * The content check requires `size` and `duration` with a `src` and compares
 * the size with the file (src/content/markdownRules.ts).
 */
import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

export interface SignLanguageVideoProps {
  title: string;
  /** Path of the video under static/, e.g. /video/dgs/ueberblick.mp4; missing while the video is being made. */
  src?: string;
  /** File size as people read it, e.g. »24 MB«. */
  size?: string;
  /** Duration, e.g. »3:20«. */
  duration?: string;
  /** Subtitles (WebVTT) under static/, optional. */
  captions?: string;
}

const formatOf = (src: string): string => (/\.webm$/i.test(src) ? 'WebM' : /\.mp4$/i.test(src) ? 'MP4' : (src.split('.').pop() ?? '').toUpperCase());

export default function SignLanguageVideo({title, src, size, duration, captions}: SignLanguageVideoProps): ReactNode {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const url = useBaseUrl(src ?? '/');
  const captionsUrl = useBaseUrl(captions ?? '/');

  useEffect(() => {
    if (playing) video.current?.focus();
  }, [playing]);

  const easyLanguage = useBaseUrl('/leichte-sprache');
  const minutes = translate({id: 'signVideo.minutes', message: '{duration} Minuten', description: 'Length of the video'}, {duration: duration ?? ''});
  const facts = src ? `${formatOf(src)}, ${size ?? ''}, ${minutes}` : '';
  return (
    <figure className={styles.slot} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className={styles.title}>
        {title}
      </figcaption>
      {!src && (
        <p className={styles.pending}>
          <Translate
            id="signVideo.pending"
            description="While the DGS video is being made; {easyLanguage} links to the Leichte Sprache page"
            values={{
              easyLanguage: (
                <a href={easyLanguage}>
                  <Translate id="signVideo.pending.easyLanguage" description="Link text to the Leichte Sprache page">
                    Leichte Sprache
                  </Translate>
                </a>
              ),
            }}>
            {'Das Video in Deutscher Gebärdensprache wird gerade erstellt. Bis dahin steht alles, was es zeigen wird, auf dieser Seite als Text und auf der Seite {easyLanguage}.'}
          </Translate>
        </p>
      )}
      {src && playing && (
        // Captions are optional: a DGS video speaks in sign language, its content is also written below it.
        // eslint-disable-next-line jsx-a11y/media-has-caption -- see above
        <video ref={video} className={styles.video} src={url} controls autoPlay preload="auto" aria-label={translate({id: 'signVideo.label', message: '{title} (Video in Deutscher Gebärdensprache)', description: 'Accessible name of the video'}, {title})}>
          {captions && <track kind="captions" srcLang="de" label={translate({id: 'signVideo.captions', message: 'Deutsch', description: 'Label of the German captions track'})} src={captionsUrl} default />}
        </video>
      )}
      {src && !playing && (
        <div className={styles.poster}>
          <button type="button" className="button button--primary button--lg" onClick={() => setPlaying(true)}>
            <Translate id="signVideo.play" description="Button that loads and plays the video">
              Video abspielen
            </Translate>{' '}
            <span className={styles.facts}>({minutes})</span>
          </button>
          <p className={styles.note}>
            <Translate id="signVideo.note" description="Below the play button">
              Das Video wird erst geladen, wenn Sie auf »Video abspielen« klicken.
            </Translate>
          </p>
        </div>
      )}
      {src && (
        <p className={styles.download}>
          <a href={url} download>
            <Translate id="signVideo.download" description="Download link of the video">
              Video herunterladen
            </Translate>
          </a>{' '}
          ({facts})
        </p>
      )}
    </figure>
  );
}
