-- When each person last looked at their own work (My work): the cases others changed since
-- then are listed for them, whichever computer they sign in on. One row per login.
CREATE TABLE user_last_looked (
    username TEXT PRIMARY KEY,
    looked_at {{timestamp}} NOT NULL
);
