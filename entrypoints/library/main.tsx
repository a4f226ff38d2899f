import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryPage } from '../../components/LibraryPage';
import { createLibraryApi } from './api';

document.title = `${browser.i18n.getMessage('libraryTitle')} — ${browser.i18n.getMessage('extName')}`;
document.documentElement.lang = browser.i18n.getUILanguage();
render(<LibraryPage api={createLibraryApi()} />, document.getElementById('app') as HTMLElement);
