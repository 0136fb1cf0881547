-- The API's own `updatedAt` of each deployment, shown on its card.
ALTER TABLE deployments ADD COLUMN remote_updated_at TEXT;
