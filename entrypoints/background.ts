import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // wired in lib/background
});
