// SPDX-License-Identifier: GPL-3.0-or-later
// Module resolution hook (see catalogue.mjs): the page's ./catalogue.js is the one the build wrote.
import { pathToFileURL } from 'node:url';

export async function resolve(specifier, context, nextResolve) {
  if (specifier === './catalogue.js' && context.parentURL?.endsWith('/resources/web/js/i18n.js'))
    return { url: pathToFileURL(process.env.OMB_WEB_CATALOGUE).href, shortCircuit: true };
  return nextResolve(specifier, context);
}
