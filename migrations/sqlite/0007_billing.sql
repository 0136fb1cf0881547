-- What a paying user wants to see on a card: the payment state, the end of the paid period
-- and when the subscription was canceled (as the API sends them).
ALTER TABLE deployments ADD COLUMN payment_status TEXT;
ALTER TABLE deployments ADD COLUMN current_period_end TEXT;
ALTER TABLE deployments ADD COLUMN canceled_at TEXT;
