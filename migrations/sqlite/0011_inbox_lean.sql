-- The inbox's two partial indexes cost every update two more b-tree writes (one when it is
-- stored, two when it is marked handled), for queries that run at start (the unhandled
-- updates) and once an hour (the prune): a scan of at most a day of rows serves both.
DROP INDEX inbox_unhandled;
DROP INDEX inbox_handled;
