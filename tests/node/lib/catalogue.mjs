// SPDX-License-Identifier: GPL-3.0-or-later
// The page's i18n.js imports './catalogue.js', which the build writes from translations/*.ts (it is not in
// resources/web). Unit tests that import the page's modules from the source tree run with
// `node --import ./lib/catalogue.mjs`, and this hook hands them the built one named by OMB_WEB_CATALOGUE.
import { register } from 'node:module';

if (!process.env.OMB_WEB_CATALOGUE)
  throw new Error('OMB_WEB_CATALOGUE names no built js/catalogue.js (run through ctest)');
register('./cataloguehooks.mjs', import.meta.url);
