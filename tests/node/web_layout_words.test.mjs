// SPDX-License-Identifier: GPL-3.0-or-later
// Every view and dialog in French and in German next to the English page: no word left in English (a missing
// translation, a hard-coded word, a message of the box shown as is). lib/layoutmatrix.mjs has the walk; the
// sizes and the accessibility checks run in web_layout, web_layout_fr and web_layout_de.
import { noEnglishLeft, useLayoutBox } from './lib/layoutmatrix.mjs';

const env = useLayoutBox();
noEnglishLeft(env, 'fr');
noEnglishLeft(env, 'de');
