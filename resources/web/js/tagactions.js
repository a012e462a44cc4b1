// SPDX-License-Identifier: GPL-3.0-or-later
// What an action card can do (PROTOCOL.md §4.4), in the box's order, and the words for each.
import { t } from './i18n.js';

export const TAG_ACTIONS = [
  'pause',
  'stop',
  'next',
  'previous',
  'volume_up',
  'volume_down',
  'shuffle',
  'repeat',
  'sleep_15',
  'sleep_30',
  'sleep_60',
];

export const actionLabel = (action) => t(`action.${action}`);
