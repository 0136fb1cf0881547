-- One live view per chat and assistant: a card opened again replaces the older view instead
-- of joining a list, so a status change redraws one message per chat however often the card
-- was opened. The newest view (the highest message id) of each stays.
DELETE FROM card_views
WHERE message_id < (
    SELECT MAX(newer.message_id) FROM card_views AS newer
    WHERE newer.chat_id = card_views.chat_id AND newer.handle = card_views.handle
);
CREATE UNIQUE INDEX card_views_one_per_chat ON card_views (chat_id, handle);
