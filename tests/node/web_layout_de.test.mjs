// SPDX-License-Identifier: GPL-3.0-or-later
// Every view and dialog at 360, 390, 768 and 1280 px in German: the checks of lib/layoutmatrix.mjs, and no
// word left as on the English page.
import { layoutMatrix, noEnglishLeft, useLayoutBox } from './lib/layoutmatrix.mjs';

const env = useLayoutBox();
layoutMatrix(env, 'de');
noEnglishLeft(env, 'de');
