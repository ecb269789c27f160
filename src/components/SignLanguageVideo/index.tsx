/**
 * A slot for a video in German Sign Language (DGS) that the operator fills:
 * nothing of the video loads until the visitor asks for it (a click on
 * »Video abspielen«), a download link states format, file size and duration,
 * and without a file the slot says that the video is still being made.
 * The content check requires `size` and `duration` with a `src` and compares
 * the size with the file (src/content/markdownRules.ts).
 */
import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
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
  const facts = src ? `${formatOf(src)}, ${size ?? ''}, ${duration ?? ''} Minuten` : '';
  return (
    <figure className={styles.slot} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className={styles.title}>
        {title}
      </figcaption>
      {!src && (
        <p className={styles.pending}>
          Das Video in Deutscher Gebärdensprache wird gerade erstellt. Bis dahin steht alles, was es zeigen wird, auf
          dieser Seite als Text und auf der Seite <a href={easyLanguage}>Leichte Sprache</a>.
        </p>
      )}
      {src && playing && (
        // Captions are optional: a DGS video speaks in sign language, its content is also written below it.
        // eslint-disable-next-line jsx-a11y/media-has-caption -- see above
        <video ref={video} className={styles.video} src={url} controls autoPlay preload="auto" aria-label={`${title} (Video in Deutscher Gebärdensprache)`}>
          {captions && <track kind="captions" srcLang="de" label="Deutsch" src={captionsUrl} default />}
        </video>
      )}
      {src && !playing && (
        <div className={styles.poster}>
          <button type="button" className="button button--primary button--lg" onClick={() => setPlaying(true)}>
            Video abspielen <span className={styles.facts}>({duration} Minuten)</span>
          </button>
          <p className={styles.note}>Das Video wird erst geladen, wenn Sie auf »Video abspielen« klicken.</p>
        </div>
      )}
      {src && (
        <p className={styles.download}>
          <a href={url} download>
            Video herunterladen
          </a>{' '}
          ({facts})
        </p>
      )}
    </figure>
  );
}
