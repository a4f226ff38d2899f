import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WordsReview } from '../../components/WordsReview';
import { createReviewApi } from './api';

document.title = `${browser.i18n.getMessage('reviewTitle')} — ${browser.i18n.getMessage('extName')}`;
document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <main class="library">
    <header class="brand">
      <span class="logo" aria-hidden="true">读</span>
      <h1>{browser.i18n.getMessage('reviewTitle')}</h1>
    </header>
    <p class="muted">{browser.i18n.getMessage('reviewIntro')}</p>
    <WordsReview api={createReviewApi()} />
  </main>,
  document.getElementById('app') as HTMLElement,
);
