// SPDX-License-Identifier: GPL-3.0-or-later
// Every view and dialog at 360, 390, 768 and 1280 px in German: the checks of lib/layoutmatrix.mjs.
import { layoutMatrix, useLayoutBox } from './lib/layoutmatrix.mjs';

layoutMatrix(useLayoutBox(), 'de');
