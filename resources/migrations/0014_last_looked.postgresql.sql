-- PostgreSQL: each login reads and writes only its own row; the owner role is not bound.
ALTER TABLE user_last_looked ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_last_looked_own ON user_last_looked
    USING (username = session_user::text) WITH CHECK (username = session_user::text);
