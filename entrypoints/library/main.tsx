import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryPage } from '../../components/LibraryPage';
import { loadSearchAids } from '../../lib/highlights/search-aids';
import { createLibraryApi } from './api';

document.title = `${browser.i18n.getMessage('libraryTitle')} — ${browser.i18n.getMessage('extName')}`;
document.documentElement.lang = browser.i18n.getUILanguage();
// The library is for searching: the saved words' search index is built once, so the search
// aids (pinyin, traditional folding) are loaded before the page is drawn. If they fail, the
// page is drawn anyway and the highlights list says that search by pinyin is unavailable.
void loadSearchAids()
  .catch(() => undefined)
  .then(() => render(<LibraryPage api={createLibraryApi()} />, document.getElementById('app') as HTMLElement));
