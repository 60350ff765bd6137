-- People saved safely: a person (a complainant shared by several cases) carries a version
-- like a case, so a save made from a stale copy of them is refused instead of putting back
-- what someone else changed.
ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
