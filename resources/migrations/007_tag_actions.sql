-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: action cards, tags that do something to the player instead of starting a playlist
-- (PROTOCOL.md §4.4). A tag is a playlist's or an action card, never both: linking it to a playlist ends
-- its action (the trigger), and TagActionService releases a playlist's tag before it becomes a card.
CREATE TABLE tag_actions (
    tag_id        TEXT PRIMARY KEY,
    action        TEXT NOT NULL CHECK (action IN ('pause', 'stop', 'next', 'previous', 'volume_up',
                      'volume_down', 'shuffle', 'repeat', 'sleep_15', 'sleep_30', 'sleep_60')),
    created_at    TEXT NOT NULL
);
CREATE TRIGGER tag_link_ends_action AFTER INSERT ON tag_associations BEGIN
    DELETE FROM tag_actions WHERE tag_id = NEW.tag_id;
END;
