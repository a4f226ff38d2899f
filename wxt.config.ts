import { defineConfig } from 'wxt';

// Manifest and build settings. Content-script host matches are declared by the content
// entrypoint itself (from lib/detect/sites), so the list of papers lives in one place.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
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
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dubao@dubao.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
