// The theme's search box slot (swizzled): the site's own search box, see src/search/client/SearchBar.
export {default} from '@site/src/search/client/SearchBar';
