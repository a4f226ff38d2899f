import { defineConfig } from 'wxt';
import { knownHostMatches } from './lib/detect/sites';
import { E2E_HOSTS } from './scripts/e2e-hosts';
import { stripRuleExamplesPlugin } from './scripts/strip-rule-examples';

// Manifest and build settings. Content-script host matches are declared by the content
// entrypoint itself (from lib/detect/sites), so the list of papers lives in one place.

export default defineConfig({
  imports: false,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  // The reading rules' example sentences are test data: left out of the built scripts.
  vite: () => ({ plugins: [stripRuleExamplesPlugin()] }),
  manifest: ({ browser, mode }) => ({
    // The papers Dubao knows: the content script runs there, and the optional parts (pinyin,
    // phrase tables) are injected there on demand, which needs host access to the same sites.
    host_permissions: [...knownHostMatches(), ...(mode === 'e2e' ? E2E_HOSTS : [])],
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-repair': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_cmdToggleRepair__',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdHighlightSelection__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dubao@dubao.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
