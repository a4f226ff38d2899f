import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryPage } from '../../components/LibraryPage';
import { createLibraryApi } from './api';

document.title = `${browser.i18n.getMessage('libraryTitle')} — ${browser.i18n.getMessage('extName')}`;
document.documentElement.lang = browser.i18n.getUILanguage();
// Drawn at once: the saved words are searched in the background, and the highlights list
// loads its search aids (pinyin, traditional folding) after it is on screen, running a search
// typed before then again when they arrive (components/HighlightLoad.ts).
render(<LibraryPage api={createLibraryApi()} />, document.getElementById('app') as HTMLElement);
