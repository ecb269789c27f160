/**
 * The `<picture>` of a photo's variants for the two Markdown pipelines: as
 * mdast `data` that turns an image node into hast (practices and news), and
 * as an MDX JSX element (doc pages, congress pages; Docusaurus' own image
 * handling then leaves it alone).
 */
import type {Element, ElementContent} from 'hast';
import type {MdxJsxAttribute, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {pictureAttributes, type ImagePlan} from './responsive';

export interface PictureOptions {
  alt: string;
  title?: string | null;
  /** The `sizes` attribute: how wide the photo is shown (see CONTENT_SIZES, GALLERY_SIZES). */
  sizes: string;
  /** Load when near the viewport (every photo but the first on a page). */
  lazy: boolean;
  baseUrl?: string;
}

/**
 * mdast node data that makes mdast-util-to-hast write the `<picture>` instead
 * of an `<img>` (the image's own src, alt and title are unset on the picture).
 */
export function pictureHast(plan: ImagePlan, options: PictureOptions): {hName: 'picture'; hProperties: Record<string, null>; hChildren: ElementContent[]} {
  const {source, img} = pictureAttributes(plan, options);
  const {className, ...imgRest} = img;
  const sourceElement: Element = {type: 'element', tagName: 'source', properties: {...source}, children: []};
  const imgElement: Element = {type: 'element', tagName: 'img', properties: {...imgRest, className: [className]}, children: []};
  return {hName: 'picture', hProperties: {src: null, alt: null, title: null}, hChildren: [sourceElement, imgElement]};
}

const attribute = (name: string, value: string | number): MdxJsxAttribute => ({type: 'mdxJsxAttribute', name, value: String(value)});

/** The `<picture>` as an MDX JSX element (React names: srcSet, className). */
export function pictureMdx(plan: ImagePlan, options: PictureOptions): MdxJsxTextElement {
  const {source, img} = pictureAttributes(plan, options);
  const attributes = (values: Record<string, string | number>): MdxJsxAttribute[] => Object.entries(values).map(([name, value]) => attribute(name, value));
  return {
    type: 'mdxJsxTextElement',
    name: 'picture',
    attributes: [],
    children: [
      {type: 'mdxJsxTextElement', name: 'source', attributes: attributes(source), children: []},
      {type: 'mdxJsxTextElement', name: 'img', attributes: attributes(img), children: []},
    ],
  };
}
